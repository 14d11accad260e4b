package dev.pvedash.snapshots;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One guest of a run and where it stands: {@code step} WAITING (to be asked, again after
 * {@code retryAt} if it was locked), SNAPSHOT (its snapshot task {@code taskId} runs),
 * PRUNE (deleting {@code toPrune} one at a time, {@code taskId} the delete in flight) or
 * DONE with {@code outcome} OK, FAILED or SKIPPED. A skip is {@code intentional} only for
 * a template, which cannot have snapshots.
 */
record ScheduledGuest(long id, long runId, int position, int vmid, String guestName, String step, GuestOutcome outcome,
		boolean intentional, String reason, int attempts, Instant retryAt, Long taskId, List<String> toPrune,
		List<String> pruned) {

	static final String WAITING = "WAITING";

	static final String SNAPSHOT = "SNAPSHOT";

	static final String PRUNE = "PRUNE";

	static final String DONE = "DONE";

	ScheduledGuest retryAt(Instant at, int tries, String why) {
		return new ScheduledGuest(this.id, this.runId, this.position, this.vmid, this.guestName, WAITING, null, false,
				why, tries, at, null, List.of(), this.pruned);
	}

	ScheduledGuest snapshotting(long task, int tries) {
		return new ScheduledGuest(this.id, this.runId, this.position, this.vmid, this.guestName, SNAPSHOT, null, false,
				null, tries, null, task, List.of(), this.pruned);
	}

	/**
	 * Deleting {@code names}; {@code task} is the delete in flight (null before the first
	 * is asked).
	 */
	ScheduledGuest pruning(List<String> names, Long task, String note) {
		return new ScheduledGuest(this.id, this.runId, this.position, this.vmid, this.guestName, PRUNE, null, false,
				note, this.attempts, null, task, names, this.pruned);
	}

	ScheduledGuest prunedOne(String name) {
		List<String> done = new ArrayList<>(this.pruned);
		done.add(name);
		return new ScheduledGuest(this.id, this.runId, this.position, this.vmid, this.guestName, this.step,
				this.outcome, false, this.reason, this.attempts, null, this.taskId, this.toPrune, List.copyOf(done));
	}

	ScheduledGuest done(GuestOutcome result, boolean deliberate, String why) {
		return new ScheduledGuest(this.id, this.runId, this.position, this.vmid, this.guestName, DONE, result,
				deliberate, why, this.attempts, null, null, List.of(), this.pruned);
	}

	boolean finished() {
		return DONE.equals(this.step);
	}

	/**
	 * The badge of a guest that is done: a template's skip is no warning, PVE keeps no
	 * snapshots of templates.
	 */
	public String badge() {
		return this.intentional ? "badge-off" : this.outcome.badge();
	}

	public String messageKey() {
		return this.intentional ? "schedules.guest.outcome.INTENTIONAL" : this.outcome.messageKey();
	}

}
