package dev.pvedash.snapshots;

import java.time.Instant;

/**
 * One run of a schedule. {@code trigger} is SCHEDULED, CATCH_UP or MANUAL; {@code state}
 * RUNNING, OK (every guest snapshotted, templates aside), PARTIAL (some) or FAILED
 * (none), see {@link RunState}. {@code fireTime} is the cron time the run stands for
 * (null for a manual run); every guest's snapshot gets {@code snapshotName}.
 */
record ScheduleRun(long id, long scheduleId, String trigger, Instant fireTime, String snapshotName, Instant startedAt,
		Instant endedAt, RunState state, String note) {

	boolean running() {
		return this.state == RunState.RUNNING;
	}

}
