package dev.pvedash.snapshots;

import java.time.Instant;

import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.TaskEntry;
import dev.pvedash.proxmox.TaskFilter;
import dev.pvedash.inventory.TaskView;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.inventory.TaskState;

/**
 * Does what the poller does with the node's task list: stores it, and marks the inventory
 * as just read.
 */
final class SimulatorTasks {

	private SimulatorTasks() {
	}

	static void poll(ProxmoxClient client, FakeInventory inventory, Instant now) {
		inventory.tasks.clear();
		for (TaskEntry task : client.tasks("pve", TaskFilter.all().withSource(TaskFilter.Source.ALL).withLimit(500))) {
			inventory.tasks.add(new TaskView(task.upid().toString(), task.upid().node(), task.upid().vmid(),
					task.upid().type(), task.upid().user(), task.upid().starttime(), task.endtime(),
					task.running() ? TaskState.RUNNING : TaskState.OK, null));
		}
		inventory.readAt(now);
	}

}
