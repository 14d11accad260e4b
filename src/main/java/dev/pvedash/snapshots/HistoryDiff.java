package dev.pvedash.snapshots;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.pvedash.proxmox.Snapshot;
import dev.pvedash.proxmox.Snapshots;

/**
 * What one read changes in a guest's history: new rows, rows still there (refreshed),
 * rows gone (marked deleted, never removed). A name that comes back with another snaptime
 * was deleted and re-created in between: the old row is closed and a new one starts.
 */
record HistoryDiff(List<Added> added, List<Kept> kept, List<Long> gone) {

	record Added(Snapshot snapshot, Attribution attribution) {
	}

	/**
	 * {@code attribution} is non-null only when an outside snapshot turns out to be ours
	 * (event came late).
	 */
	record Kept(long id, Snapshot snapshot, Attribution attribution) {
	}

	static HistoryDiff of(int vmid, List<StoredSnapshot> live, Snapshots read, Collection<Origin> origins) {
		Map<String, StoredSnapshot> byName = new HashMap<>();
		live.forEach(row -> byName.put(row.name(), row));
		List<Added> added = new ArrayList<>();
		List<Kept> kept = new ArrayList<>();
		List<Long> gone = new ArrayList<>();
		for (Snapshot snapshot : read.snapshots()) {
			if ("current".equals(snapshot.name())) {
				continue; // the client drops PVE's "you are here" entry; it is never
							// history either way
			}
			StoredSnapshot row = byName.remove(snapshot.name());
			if (row != null && sameSnapshot(row, snapshot)) {
				kept.add(new Kept(row.id(), snapshot, reattribute(vmid, row, snapshot, origins)));
				continue;
			}
			if (row != null) {
				gone.add(row.id());
			}
			added.add(new Added(snapshot,
					MadeByRule.of(vmid, snapshot.name(), snapshot.description(), snapshot.snaptime(), origins)));
		}
		byName.values().forEach(row -> gone.add(row.id()));
		return new HistoryDiff(List.copyOf(added), List.copyOf(kept), List.copyOf(gone));
	}

	private static boolean sameSnapshot(StoredSnapshot row, Snapshot snapshot) {
		return row.snaptime() == null || snapshot.snaptime() == null
				|| Objects.equals(row.snaptime(), snapshot.snaptime());
	}

	private static Attribution reattribute(int vmid, StoredSnapshot row, Snapshot snapshot,
			Collection<Origin> origins) {
		if (row.madeBy() != MadeBy.OUTSIDE) {
			return null;
		}
		Attribution now = MadeByRule.of(vmid, snapshot.name(), snapshot.description(), snapshot.snaptime(), origins);
		return (now.madeBy() != MadeBy.OUTSIDE) ? now : null;
	}

}
