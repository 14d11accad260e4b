package dev.pvedash.snapshots;

import dev.pvedash.proxmox.GuestType;

import java.time.Instant;

/**
 * Per guest: the last good read of its snapshot list ({@code readAt}, null: never), why
 * it is due again ({@code dueSince}, set by a snapshot task or our own action), and the
 * back-off after failed reads.
 */
record GuestSyncState(int vmid, String node, GuestType guestType, String guestName, String currentParent,
		Instant readAt, Instant dueSince, int failures, String lastError, Instant retryAt) {

	public boolean neverRead() {
		return this.readAt == null;
	}

}
