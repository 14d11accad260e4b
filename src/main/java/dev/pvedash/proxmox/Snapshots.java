package dev.pvedash.proxmox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The snapshots of one guest (docs/pve-backups-and-snapshots.md, Snapshots). PVE's list
 * is unordered and ends with the pseudo-entry {@code current} ("You are here!", no
 * {@code snaptime}); it is not one of {@link #snapshots()}, only its parent is kept as
 * {@link #currentParent()}.
 *
 * @param snapshots oldest first (by time, then name)
 * @param currentParent the snapshot the live state descends from; null when there are no
 * snapshots
 */
public record Snapshots(List<Snapshot> snapshots, @Nullable String currentParent) {

	private static final Comparator<Snapshot> OLDEST_FIRST = Comparator
		.comparing(Snapshot::snaptime, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
		.thenComparing(Snapshot::name);

	static Snapshots from(JsonNode data) {
		List<Snapshot> snapshots = new ArrayList<>();
		String currentParent = null;
		for (JsonNode item : PveValues.list(data, "snapshot list", (entry) -> entry)) {
			if ("current".equals(PveValues.string(item, "name"))) {
				currentParent = PveValues.string(item, "parent");
			}
			else {
				snapshots.add(Snapshot.from(item));
			}
		}
		snapshots.sort(OLDEST_FIRST);
		return new Snapshots(List.copyOf(snapshots), currentParent);
	}

	public boolean isEmpty() {
		return this.snapshots.isEmpty();
	}

	/**
	 * The snapshots as a forest: roots have no parent (or one that no longer exists);
	 * children oldest first. Broken data (a parent cycle) cannot loop: every snapshot
	 * appears exactly once.
	 */
	public List<SnapshotTree> tree() {
		Map<String, Snapshot> byName = byName();
		Map<String, List<Snapshot>> children = new LinkedHashMap<>();
		List<Snapshot> roots = new ArrayList<>();
		for (Snapshot snapshot : this.snapshots) {
			String parent = snapshot.parent();
			if (parent == null || !byName.containsKey(parent) || parent.equals(snapshot.name())) {
				roots.add(snapshot);
			}
			else {
				children.computeIfAbsent(parent, (name) -> new ArrayList<>()).add(snapshot);
			}
		}
		Set<String> placed = new HashSet<>();
		List<SnapshotTree> forest = new ArrayList<>();
		for (Snapshot root : roots) {
			forest.add(branch(root, children, placed));
		}
		for (Snapshot snapshot : this.snapshots) {
			if (!placed.contains(snapshot.name())) {
				forest.add(branch(snapshot, children, placed));
			}
		}
		return List.copyOf(forest);
	}

	/**
	 * The line of snapshots the live state descends from, oldest first; empty without
	 * snapshots.
	 */
	public List<Snapshot> chain() {
		Map<String, Snapshot> byName = byName();
		List<Snapshot> chain = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Snapshot step = (this.currentParent != null) ? byName.get(this.currentParent) : null;
		while (step != null && seen.add(step.name())) {
			chain.add(0, step);
			step = (step.parent() != null) ? byName.get(step.parent()) : null;
		}
		return List.copyOf(chain);
	}

	private SnapshotTree branch(Snapshot snapshot, Map<String, List<Snapshot>> children, Set<String> placed) {
		placed.add(snapshot.name());
		List<SnapshotTree> branches = new ArrayList<>();
		for (Snapshot child : children.getOrDefault(snapshot.name(), List.of())) {
			if (!placed.contains(child.name())) {
				branches.add(branch(child, children, placed));
			}
		}
		return new SnapshotTree(snapshot, List.copyOf(branches), snapshot.name().equals(this.currentParent));
	}

	private Map<String, Snapshot> byName() {
		Map<String, Snapshot> byName = new LinkedHashMap<>();
		this.snapshots.forEach((snapshot) -> byName.put(snapshot.name(), snapshot));
		return byName;
	}

}
