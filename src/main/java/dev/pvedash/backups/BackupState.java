package dev.pvedash.backups;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the sync stored and the admin set, read once per committed write
 * ({@link BackupStates}) and shared by every page and verdict until the next one; the
 * lookups go through {@link StateIndex}, built with it, so none of them scans the lists.
 */
record BackupState(List<StoredStorage> storages, List<StoredCopy> copies, List<StoredJob> jobs,
		List<BackupSource.UncoveredEntry> uncovered, Map<Integer, StoredLastTask> lastTasks,
		Map<String, SourceState> sources, BackupSettings settings, StateIndex index) {

	BackupState(List<StoredStorage> storages, List<StoredCopy> copies, List<StoredJob> jobs,
			List<BackupSource.UncoveredEntry> uncovered, Map<Integer, StoredLastTask> lastTasks,
			Map<String, SourceState> sources, BackupSettings settings) {
		this(List.copyOf(storages), List.copyOf(copies), List.copyOf(jobs), List.copyOf(uncovered),
				Map.copyOf(lastTasks), Map.copyOf(sources), settings,
				StateIndex.of(storages, copies, jobs, sources, settings));
	}

	/**
	 * The storage's location after the admin's override; unknown storages count as on
	 * this host.
	 */
	StorageLocation location(String storage) {
		return this.index.location(storage);
	}

	Optional<StoredStorage> storage(String id) {
		return Optional.ofNullable(this.index.storages().get(id));
	}

	/**
	 * At least one node's storage list was read once: before that, no guest can be
	 * judged.
	 */
	boolean listed() {
		return this.index.listed();
	}

	/** The guest's backups, newest first. */
	List<StoredCopy> copies(int vmid) {
		return this.index.copies().getOrDefault(vmid, List.of());
	}

}
