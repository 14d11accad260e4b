package dev.pvedash.backups;

import java.time.Instant;
import java.util.List;

/** One of PVE's backup jobs ({@code GET /cluster/backup}). */
record StoredJob(String id, String schedule, Instant nextRun, String storage, List<Integer> vmids, boolean all,
		List<Integer> exclude, String pool, boolean enabled, String comment) {

	/**
	 * As PVE's job does: enabled, and listing the guest or taking all but the excluded;
	 * pools are not resolved.
	 */
	boolean covers(int vmid) {
		return this.enabled && (this.vmids.contains(vmid) || (this.all && !this.exclude.contains(vmid)));
	}

}
