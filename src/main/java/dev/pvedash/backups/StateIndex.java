package dev.pvedash.backups;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lookups of one {@link BackupState}, built once with it: copies by guest, storages
 * and their locations by id, and the unreadable storages with the guests the jobs writing
 * to each cover. A verdict then costs a few map lookups per guest instead of scanning
 * every storage, job and copy (at 2,000 guests the scans made {@code /backups} cost half
 * a second).
 */
record StateIndex(Map<Integer, List<StoredCopy>> copies, Map<String, StoredStorage> storages,
		Map<String, StorageLocation> locations, Map<String, StorageLocation> overrides, boolean listed,
		List<UnreadableStorage> unreadable) {

	static StateIndex of(List<StoredStorage> storages, List<StoredCopy> copies, List<StoredJob> jobs,
			Map<String, SourceState> sources, BackupSettings settings) {
		Map<Integer, List<StoredCopy>> byVmid = new HashMap<>();
		copies.stream()
			.filter(c -> c.vmid() != null)
			.forEach(c -> byVmid.computeIfAbsent(c.vmid(), v -> new ArrayList<>()).add(c));
		byVmid.replaceAll((vmid, list) -> List.copyOf(list));
		Map<String, StoredStorage> byId = new LinkedHashMap<>();
		storages.forEach(s -> byId.putIfAbsent(s.storage(), s)); // the first row, as the
																	// scan found it
		Map<String, StorageLocation> locations = new HashMap<>();
		byId.values()
			.forEach(s -> locations.put(s.storage(),
					StorageLocation.of(s.type(), settings.locations().get(s.storage()))));
		boolean listed = sources.values()
			.stream()
			.anyMatch(s -> s.source().startsWith("storages:") && s.readAt() != null);
		List<UnreadableStorage> unreadable = storages.stream()
			.filter(StoredStorage::unreadable)
			.map(s -> new UnreadableStorage(s, Coverage.of(jobs, s.storage())))
			.toList();
		return new StateIndex(Map.copyOf(byVmid), Map.copyOf(byId), Map.copyOf(locations),
				Map.copyOf(settings.locations()), listed, unreadable);
	}

	StorageLocation location(String storage) {
		StorageLocation known = this.locations.get(storage);
		return (known != null) ? known : StorageLocation.of(null, this.overrides.get(storage));
	}

	/** One unreadable storage row and the guests the jobs writing to it cover. */
	record UnreadableStorage(StoredStorage storage, Coverage coverage) {
	}

	/**
	 * The guests the enabled jobs writing to one storage cover, as
	 * {@link StoredJob#covers} decides: the listed vmids, or all but the excluded of each
	 * "all" job.
	 */
	record Coverage(Set<Integer> listed, List<Set<Integer>> allBut) {

		static Coverage of(List<StoredJob> jobs, String storage) {
			List<StoredJob> writing = jobs.stream().filter(j -> j.enabled() && storage.equals(j.storage())).toList();
			Set<Integer> listed = new HashSet<>();
			writing.forEach(j -> listed.addAll(j.vmids()));
			List<Set<Integer>> allBut = writing.stream()
				.filter(StoredJob::all)
				.map(j -> (Set<Integer>) j.exclude().stream().collect(Collectors.toUnmodifiableSet()))
				.toList();
			return new Coverage(Set.copyOf(listed), allBut);
		}

		boolean covers(int vmid) {
			return this.listed.contains(vmid) || this.allBut.stream().anyMatch(excluded -> !excluded.contains(vmid));
		}

	}

}
