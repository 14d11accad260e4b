package dev.pvedash.snapshots;

import dev.pvedash.proxmox.GuestType;

import java.time.Instant;

/**
 * One row of the snapshot history. {@code deletedAt} is when the dashboard noticed the
 * snapshot was gone (null while it exists); {@code snapstate} is PVE's prepare/delete of
 * a half-finished operation.
 */
record StoredSnapshot(long id, int vmid, String name, String node, GuestType guestType, String guestName,
		String description, Instant snaptime, String parent, boolean vmstate, String snapstate, MadeBy madeBy,
		String madeByWho, Instant firstSeen, Instant lastSeen, Instant deletedAt) {

	public boolean deleted() {
		return this.deletedAt != null;
	}

	public boolean broken() {
		return this.snapstate != null && !this.snapstate.isEmpty();
	}

	/**
	 * PVE's snaptime; when PVE does not know it (0), the time the dashboard first saw the
	 * snapshot.
	 */
	public Instant takenAt() {
		return (this.snaptime != null) ? this.snaptime : this.firstSeen;
	}

}
