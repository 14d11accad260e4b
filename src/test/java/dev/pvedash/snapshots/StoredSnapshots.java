package dev.pvedash.snapshots;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.pvedash.inventory.GuestView;
import dev.pvedash.proxmox.Snapshot;
import dev.pvedash.proxmox.TaskFilter;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.support.FakeInventory;

/**
 * Object Mother for page tests: snapshot history rows as the sync would have stored them.
 */
final class StoredSnapshots {

	private StoredSnapshots() {
	}

	/** Moves the version as the repositories do, so no page keeps the deleted rows. */
	static void clear(JdbcClient jdbc, SnapshotsVersion version) {
		jdbc.sql("delete from snapshot_history").update();
		jdbc.sql("delete from snapshot_guest").update();
		jdbc.sql("delete from snapshot_origin").update();
		version.written();
	}

	static void read(SyncStates states, FakeInventory inventory, int vmid, String currentParent, Instant at) {
		GuestView guest = inventory.guest(vmid).orElseThrow().guest();
		if (states.find(vmid).isEmpty()) {
			states.register(guest, at);
		}
		states.read(guest, currentParent, at);
	}

	static void add(SnapshotHistory history, FakeInventory inventory, int vmid, String name, String description,
			Instant taken, String parent, boolean ram, String snapstate, Attribution by, Instant seen) {
		GuestView guest = inventory.guest(vmid).orElseThrow().guest();
		history.add(guest, new Snapshot(name, description, taken, parent, ram, snapstate), by, seen);
	}

	/** Every task the simulator started for the guest: what reached PVE. */
	static long pveTasks(ProxmoxClient client, int vmid) {
		return client.tasks("pve", TaskFilter.all().withVmid(vmid).withSource(TaskFilter.Source.ALL).withLimit(500))
			.size();
	}

	static long pveTasks(ProxmoxClient client, int vmid, String type) {
		return client.tasks("pve", TaskFilter.all().withVmid(vmid).withSource(TaskFilter.Source.ALL).withLimit(500))
			.stream()
			.filter(task -> task.upid().type().equals(type))
			.count();
	}

}
