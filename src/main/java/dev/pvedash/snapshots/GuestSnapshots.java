package dev.pvedash.snapshots;

import java.util.List;

import dev.pvedash.inventory.GuestView;

/**
 * The snapshot panel of one guest page: its tree, the snapshots noticed deleted, its
 * warnings, and what the forms need ({@code passthrough}: RAM snapshots usually fail;
 * {@code state} null: not registered yet).
 */
record GuestSnapshots(GuestView guest, boolean passthrough, GuestSyncState state, List<TreeRow> tree,
		List<TimelineRow> deleted, List<SnapshotWarning> warnings) {

	public boolean qemu() {
		return this.guest.vm();
	}

	public boolean locked() {
		return this.guest.lock() != null && !this.guest.lock().isEmpty();
	}

	public boolean neverRead() {
		return this.state == null || this.state.neverRead();
	}

}
