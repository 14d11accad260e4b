package dev.pvedash.snapshots;

import java.time.Instant;

/**
 * Published inside the changing transaction for every change an admin makes to a snapshot
 * schedule, and for "Run now", so the audit entry and the change commit or fail together.
 *
 * @param actor the admin's username
 * @param clientAddress the admin's client address
 * @param detail what the schedule now does ("weekly, keep 4, auto-weekly-, guests
 * 101,102"), or null
 */
public record ScheduleChanged(long scheduleId, String scheduleName, Change change, String detail, String actor,
		String clientAddress, Instant at) {

	public enum Change {

		CREATED, UPDATED, DELETED, ENABLED, DISABLED, RUN_NOW

	}

}
