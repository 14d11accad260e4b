package dev.pvedash.backups;

import java.time.Instant;
import java.util.List;

/** One of PVE's backup jobs ({@code GET /cluster/backup}). */
record StoredJob(String id, String schedule, Instant nextRun, String storage, List<Integer> vmids, boolean all,
		List<Integer> exclude, String pool, boolean enabled, String comment) {

	/** Jobs by pool are not resolved (the pool's members are not stored): they cover no guest here. */
	boolean covers(int vmid) {
		return this.all ? !this.exclude.contains(vmid) : this.vmids.contains(vmid);
	}

}
