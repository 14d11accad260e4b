package dev.pvedash.simulator;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One snapshot section of a guest config: the config as it was, its place in the tree
 * ({@code parent}), and {@code snapstate} ("prepare"/"delete") while a task works on it
 * (docs/pve-backups-and-snapshots.md, Snapshots).
 */
record SnapshotSection(String name, String description, long snaptime, boolean vmstate, @Nullable String parent,
		Map<String, Object> config, @Nullable String snapstate) {

	SnapshotSection withParent(@Nullable String parent) {
		return new SnapshotSection(this.name, this.description, this.snaptime, this.vmstate, parent, this.config,
				this.snapstate);
	}

	SnapshotSection withSnapstate(@Nullable String snapstate) {
		return new SnapshotSection(this.name, this.description, this.snaptime, this.vmstate, this.parent, this.config,
				snapstate);
	}

	SnapshotSection withDescription(String description) {
		return new SnapshotSection(this.name, description, this.snaptime, this.vmstate, this.parent, this.config,
				this.snapstate);
	}

}
