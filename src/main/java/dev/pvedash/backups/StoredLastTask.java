package dev.pvedash.backups;

import java.time.Instant;

import dev.pvedash.inventory.TaskState;

/** The newest vzdump task of a guest. */
record StoredLastTask(int vmid, String upid, String node, Instant started, Instant ended, TaskState status,
		String exitStatus) {

	public boolean succeeded() {
		return this.status == TaskState.OK;
	}

	public boolean failed() {
		return this.status == TaskState.FAILED;
	}

	/** Ended with warnings or failed: the page shows PVE's exit text. */
	public boolean troubled() {
		return this.status == TaskState.WARNINGS || this.status == TaskState.FAILED;
	}

}
