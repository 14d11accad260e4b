package dev.pvedash.inventory;

import static dev.pvedash.system.TextColumns.clip;
import static dev.pvedash.system.UtcColumns.utc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.pvedash.proxmox.GuestResource;
import dev.pvedash.proxmox.GuestState;
import dev.pvedash.proxmox.NodeResource;
import dev.pvedash.proxmox.StorageResource;

/** Writes one cycle's reads; the caller wraps {@link #save} in one transaction. */
@Repository
class InventoryWriter {

	private final JdbcClient jdbc;

	private final RowWriter rows;

	private final GuestRows guests;

	private final InventoryVersion version;

	InventoryWriter(JdbcClient jdbc, JdbcTemplate batches, InventoryVersion version) {
		this.jdbc = jdbc;
		this.rows = new RowWriter(jdbc);
		this.guests = new GuestRows(batches);
		this.version = version;
	}

	void save(CycleRead read, Instant now, Duration interval) {
		if (!read.nodesHidden()) { // a node the token cannot see is not gone: keep its
									// row and its as_of
			for (NodeResource node : read.resources().nodes()) {
				this.rows.node(node, read.nodeStatus().get(node.node()), read.unreachable().contains(node.node()),
						read.nodeErrors().get(node.node()), now);
			}
			deleteMissing("poll_node", "node", read.resources().nodes().stream().map(NodeResource::node).toList());
		}
		// the resources call succeeded, so its guest list is authoritative: removed
		// guests go
		Set<Integer> vmids = new TreeSet<>();
		for (GuestResource guest : read.resources().guests()) {
			vmids.add(guest.vmid());
		}
		this.guests.write(read.resources().guests(), read.configDue(), now);
		// diffed here, not with "not in (…)": H2 compares that list row by row (seconds
		// at 2000 guests)
		for (Integer stored : this.jdbc.sql("select vmid from poll_guest").query(Integer.class).list()) {
			if (!vmids.contains(stored)) {
				this.jdbc.sql("delete from poll_guest where vmid = ?").param(stored).update();
			}
		}
		read.configs().forEach((vmid, config) -> this.rows.config(vmid, config, now));
		read.configErrors().forEach(this.rows::configError);
		this.jdbc.sql("delete from poll_storage").update();
		for (StorageResource storage : read.resources().storages()) {
			this.rows.storage(storage, now);
		}
		read.tasks().forEach(this.rows::task);
		this.rows.retainTasks(now);
		this.jdbc.sql("""
				update poll_endpoint set last_good_at = ?, last_attempt_at = ?, interval_ms = ?, error_kind = null,
				error_message = null, failed_cycles = 0, nodes_hidden = ?,
				last_sweep_at = case when ? then ? else last_sweep_at end where id = 1""")
			.params(utc(now), utc(now), interval.toMillis(), read.nodesHidden(), read.swept(), utc(now))
			.update();
		this.version.written();
	}

	/** The endpoint failed: record why, keep every stored value. */
	void failed(Instant now, Duration interval, String kind, String message) {
		this.jdbc.sql("""
				update poll_endpoint set last_attempt_at = ?, interval_ms = ?, error_kind = ?, error_message = ?,
				failed_cycles = failed_cycles + 1 where id = 1""")
			.params(utc(now), interval.toMillis(), kind, clip(message, 1024))
			.update();
	}

	void interval(Duration interval) {
		this.jdbc.sql("update poll_endpoint set interval_ms = ? where id = 1").param(interval.toMillis()).update();
	}

	void guestStatus(int vmid, GuestState state, Double cpu, Long mem, Long uptime, String lock, Instant now) {
		this.jdbc.sql("""
				update poll_guest set status = ?, cpu = ?, mem = ?, uptime = ?, lock_name = ?, as_of = ?
				where vmid = ?""").params(Rows.status(state), cpu, mem, uptime, lock, utc(now), vmid).update();
		this.version.written();
	}

	private void deleteMissing(String table, String key, List<String> present) {
		for (String stored : this.jdbc.sql("select " + key + " from " + table).query(String.class).list()) {
			if (!present.contains(stored)) {
				this.jdbc.sql("delete from " + table + " where " + key + " = ?").param(stored).update();
			}
		}
	}

}
