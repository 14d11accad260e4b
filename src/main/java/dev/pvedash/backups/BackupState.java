package dev.pvedash.backups;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the sync stored and the admin set, read once per page or verdict. */
record BackupState(List<StoredStorage> storages, List<StoredCopy> copies, List<StoredJob> jobs,
		List<BackupSource.UncoveredEntry> uncovered, Map<Integer, StoredLastTask> lastTasks,
		Map<String, SourceState> sources, BackupSettings settings) {

	/**
	 * The storage's location after the admin's override; unknown storages count as on
	 * this host.
	 */
	StorageLocation location(String storage) {
		String type = this.storages.stream()
			.filter(s -> s.storage().equals(storage))
			.map(StoredStorage::type)
			.findFirst()
			.orElse(null);
		return StorageLocation.of(type, this.settings.locations().get(storage));
	}

	Optional<StoredStorage> storage(String id) {
		return this.storages.stream().filter(s -> s.storage().equals(id)).findFirst();
	}

	/**
	 * At least one node's storage list was read once: before that, no guest can be
	 * judged.
	 */
	boolean listed() {
		return this.sources.values().stream().anyMatch(s -> s.source().startsWith("storages:") && s.readAt() != null);
	}

	List<StoredCopy> copies(int vmid) {
		return this.copies.stream().filter(c -> c.vmid() != null && c.vmid() == vmid).toList();
	}

}
