package dev.pvedash.snapshots;

import dev.pvedash.system.StoredWords;

/**
 * Where a schedule run stands, stored by name in {@code snapshot_schedule_run.state}. The
 * runs page shows the words of {@code schedules.run.state.*} in the badge colour of
 * {@link #badge()}; a test checks that every value has them.
 */
enum RunState {

	RUNNING("badge-info"),
	/** Every guest that can have snapshots got one. */
	OK("badge-ok"),
	/** Some guests got their snapshot, not all. */
	PARTIAL("badge-warn"),
	/** None did, or no guest was there to snapshot. */
	FAILED("badge-error");

	private final String badge;

	RunState(String badge) {
		this.badge = badge;
	}

	/**
	 * A word no version of the dashboard wrote reads as FAILED: never in flight, never a
	 * success the dead-man check could count.
	 */
	static RunState of(String stored) {
		return StoredWords.read(RunState.class, stored, FAILED);
	}

	public String badge() {
		return this.badge;
	}

	public String messageKey() {
		return "schedules.run.state." + name();
	}

}
