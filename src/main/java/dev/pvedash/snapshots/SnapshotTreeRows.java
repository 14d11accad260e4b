package dev.pvedash.snapshots;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.pvedash.inventory.GuestView;
import dev.pvedash.proxmox.Snapshot;
import dev.pvedash.proxmox.SnapshotTree;
import dev.pvedash.proxmox.Snapshots;

/**
 * A guest's live snapshots as indented lines, parents before children (the client's tree
 * rules, so a broken parent link cannot loop), and "you are here" right after the current
 * parent.
 */
final class SnapshotTreeRows {

	private SnapshotTreeRows() {
	}

	static List<TreeRow> of(GuestView guest, List<StoredSnapshot> live, String currentParent, Instant now) {
		Map<String, StoredSnapshot> byName = new HashMap<>();
		List<Snapshot> snapshots = new ArrayList<>();
		for (StoredSnapshot s : live) {
			byName.put(s.name(), s);
			snapshots.add(new Snapshot(s.name(), s.description(), s.takenAt(), s.parent(), s.vmstate(), s.snapstate()));
		}
		snapshots.sort(java.util.Comparator.comparing(Snapshot::snaptime).thenComparing(Snapshot::name));
		String parent = byName.containsKey(currentParent) ? currentParent : null;
		List<TreeRow> rows = new ArrayList<>();
		for (SnapshotTree tree : new Snapshots(snapshots, parent).tree()) {
			add(tree, 0, guest, byName, now, rows);
		}
		if (!rows.isEmpty() && parent == null) {
			rows.add(new TreeRow(null, 0, true)); // the live state descends from none of
													// them
		}
		return rows;
	}

	private static void add(SnapshotTree tree, int depth, GuestView guest, Map<String, StoredSnapshot> byName,
			Instant now, List<TreeRow> rows) {
		rows.add(new TreeRow(Timeline.row(byName.get(tree.snapshot().name()), guest, now), depth, false));
		if (tree.current()) {
			rows.add(new TreeRow(null, depth + 1, true));
		}
		tree.children().forEach(child -> add(child, depth + 1, guest, byName, now, rows));
	}

}
