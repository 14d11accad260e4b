package dev.pvedash.backups;

import java.time.Instant;
import java.util.List;

/**
 * The PVE reads this module needs, in its own records so the reader can be tested against
 * a hand-written source. Failures arrive as {@link dev.pvedash.proxmox.ProxmoxException}.
 */
interface BackupSource {

	/** The node's storages that hold backups. */
	List<StorageEntry> storages(String node);

	List<BackupEntry> backups(String node, String storage);

	List<JobEntry> jobs();

	List<UncoveredEntry> notBackedUp();

	/**
	 * Lines {@code start} (0-based) to {@code start + limit} of a task's log, read on the
	 * node its UPID names.
	 * @throws IllegalArgumentException when {@code upid} is not a task id PVE would write
	 */
	List<String> taskLog(String upid, int start, int limit);

	record StorageEntry(String storage, String type, boolean shared, boolean active, boolean enabled) {
	}

	/**
	 * {@code verification}: PBS's "ok" or "failed", null when not verified or not a PBS
	 * storage.
	 */
	record BackupEntry(String volid, Integer vmid, Instant ctime, Long size, String format, String notes,
			boolean protection, String verification, boolean encrypted) {
	}

	record JobEntry(String id, String schedule, Instant nextRun, String storage, List<Integer> vmids, boolean all,
			List<Integer> exclude, String pool, boolean enabled, String comment) {

		public JobEntry {
			vmids = List.copyOf(vmids);
			exclude = List.copyOf(exclude);
		}

	}

	record UncoveredEntry(int vmid, String name, String type) {
	}

}
