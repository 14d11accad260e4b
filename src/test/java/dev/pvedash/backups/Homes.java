package dev.pvedash.backups;

import java.time.Instant;
import java.util.List;

import dev.pvedash.proxmox.GuestType;
import dev.pvedash.proxmox.GuestState;
import dev.pvedash.inventory.GuestDetail;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.HostView;
import dev.pvedash.inventory.TaskView;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.inventory.TaskState;

/** Inventory rows for the backup tests. */
final class Homes {

	private Homes() {
	}

	static HostView host(String node, boolean online) {
		return new HostView(node, online, null, null, null, null, null, null, null, null, null, null, null, List.of(),
				null, null, null, Instant.now());
	}

	static GuestView guest(int vmid, String name, boolean template) {
		return new GuestView(vmid, GuestType.QEMU, "pve", name, GuestState.RUNNING, null, 2, null, null, null,
				List.of(), null, template, Instant.now());
	}

	static synchronized void put(FakeInventory inventory, GuestView guest) {
		inventory.guests.removeIf(d -> d.guest().vmid() == guest.vmid());
		inventory.guests.add(new GuestDetail(guest, null, null, null, List.of(), List.of(), false, null, false,
				List.of(), null, null));
	}

	static TaskView vzdump(String upid, Integer vmid, Instant started, Instant ended, String status, String exit) {
		return new TaskView(upid, "pve", vmid, "vzdump", "root@pam", started, ended, TaskState.fromWord(status), exit);
	}

}
