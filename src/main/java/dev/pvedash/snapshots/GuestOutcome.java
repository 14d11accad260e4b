package dev.pvedash.snapshots;

import dev.pvedash.system.StoredWords;

/**
 * How one guest of a schedule run ended, stored by name in
 * {@code snapshot_schedule_guest.outcome}. The runs page shows the words of
 * {@code schedules.guest.outcome.*} in the badge colour of {@link #badge()}; a skip meant
 * to be (a template) shows as {@code INTENTIONAL}, see {@link ScheduledGuest#badge()}.
 */
enum GuestOutcome {

	/** Snapshot made (pruning may have left some for the next run). */
	OK("badge-ok"), FAILED("badge-error"),
	/** Not asked: not found, a full storage, locked too long, or a template. */
	SKIPPED("badge-warn");

	private final String badge;

	GuestOutcome(String badge) {
		this.badge = badge;
	}

	/**
	 * Null while the guest is not done; a word no version of the dashboard wrote reads as
	 * FAILED, which a run never counts as a snapshot made.
	 */
	static GuestOutcome of(String stored) {
		return (stored != null) ? StoredWords.read(GuestOutcome.class, stored, FAILED) : null;
	}

	public String badge() {
		return this.badge;
	}

	public String messageKey() {
		return "schedules.guest.outcome." + name();
	}

}
