package dev.pvedash.snapshots;

import java.time.Instant;
import java.util.List;

/**
 * A stored snapshot schedule. Guests are either {@code vmids} or every guest carrying
 * {@code tag} (one of the two is set). {@code activeSince} is when it was created, last
 * enabled or given a new time: the dead-man check counts from there for a schedule that
 * has not succeeded since. {@code firedThrough} is the last fire time already handled.
 */
record Schedule(long id, String name, List<Integer> vmids, String tag, String cron, int keep, String prefix,
		boolean includeRam, int storageLimit, boolean enabled, Instant createdAt, Instant activeSince,
		Instant firedThrough) {

	boolean byTag() {
		return this.tag != null;
	}

	String actor() {
		return "schedule:" + this.name;
	}

	String description() {
		return "PVE Dash schedule " + this.name;
	}

}
