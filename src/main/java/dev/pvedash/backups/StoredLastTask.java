package dev.pvedash.backups;

import java.time.Instant;

/** The newest vzdump task of a guest; {@code status} is running, ok, warnings or failed (the inventory's words). */
record StoredLastTask(int vmid, String upid, String node, Instant started, Instant ended, String status,
		String exitStatus) {

	boolean failed() {
		return "failed".equals(this.status);
	}

}
