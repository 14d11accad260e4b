package dev.pvedash.guests;

import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.TaskFilter;

/**
 * Counts what reached PVE: the simulator lists every task it started
 * (docs/proxmox-notes.md, Tasks and UPIDs).
 */
final class PveTasks {

	private PveTasks() {
	}

	static long count(ProxmoxClient client, int vmid) {
		return client.tasks("pve", TaskFilter.all().withVmid(vmid).withSource(TaskFilter.Source.ALL).withLimit(500))
			.size();
	}

	static long count(ProxmoxClient client, int vmid, String type) {
		return client.tasks("pve", TaskFilter.all().withVmid(vmid).withSource(TaskFilter.Source.ALL).withLimit(500))
			.stream()
			.filter(task -> task.upid().type().equals(type))
			.count();
	}

}
