package dev.pvedash.snapshots;

/**
 * One line of a guest's snapshot tree: a snapshot at {@code depth} (0 for a root), or,
 * with a null {@code row}, PVE's "you are here" marker below the snapshot the live state
 * descends from.
 */
record TreeRow(TimelineRow row, int depth, boolean here) {

	public boolean isHere() {
		return this.row == null;
	}

}
