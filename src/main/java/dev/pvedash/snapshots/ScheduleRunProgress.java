package dev.pvedash.snapshots;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * One run's state machine over its guest rows: one guest at a time (the one with a task
 * in flight, else the first whose turn has come), and the run's verdict when every guest
 * is done. A run with nothing to wait for moves several steps in one tick; it stops at
 * the first step that waits for PVE.
 */
@Component
class ScheduleRunProgress {

	/**
	 * Enough for a guest's request, its end and a few prunes; the rest waits for the next
	 * tick.
	 */
	private static final int STEPS_PER_TICK = 12;

	private final ScheduleRepository schedules;

	private final ScheduleRunRepository runs;

	private final ScheduleRunSteps steps;

	private final Clock clock;

	ScheduleRunProgress(ScheduleRepository schedules, ScheduleRunRepository runs, ScheduleRunSteps steps, Clock clock) {
		this.schedules = schedules;
		this.runs = runs;
		this.steps = steps;
		this.clock = clock;
	}

	void advance(ScheduleRun run) {
		Schedule schedule = this.schedules.find(run.scheduleId()).orElseThrow();
		for (int i = 0; i < STEPS_PER_TICK; i++) {
			List<ScheduledGuest> guests = this.runs.guests(run.id());
			Optional<ScheduledGuest> turn = turn(guests, this.clock.instant());
			if (turn.isEmpty()) {
				if (guests.stream().allMatch(ScheduledGuest::finished)) {
					finish(run, guests, null);
				}
				return;
			}
			ScheduledGuest next = this.steps.step(schedule, run, turn.get());
			if (next.equals(turn.get())) {
				return; // waiting for PVE
			}
			this.runs.save(next);
		}
	}

	/** Ends a run the dashboard could not follow, saying so for each guest not done. */
	void close(ScheduleRun run) {
		for (ScheduledGuest guest : this.runs.guests(run.id())) {
			if (!guest.finished()) {
				this.runs.save(this.steps.close(guest));
			}
		}
		finish(run, this.runs.guests(run.id()), "closed at start-up: the dashboard was down during this run");
	}

	private static Optional<ScheduledGuest> turn(List<ScheduledGuest> guests, Instant now) {
		Optional<ScheduledGuest> busy = guests.stream()
			.filter(g -> g.step().equals(ScheduledGuest.SNAPSHOT) || g.step().equals(ScheduledGuest.PRUNE))
			.findFirst();
		if (busy.isPresent()) {
			return busy;
		}
		return guests.stream()
			.filter(g -> g.step().equals(ScheduledGuest.WAITING))
			.filter(g -> g.retryAt() == null || !g.retryAt().isAfter(now))
			.min(Comparator.comparing((ScheduledGuest g) -> g.retryAt() != null)
				.thenComparingInt(ScheduledGuest::position));
	}

	/**
	 * OK only when every guest that can have snapshots got one: a skip for a full storage
	 * or a lock is no success.
	 */
	private void finish(ScheduleRun run, List<ScheduledGuest> guests, String note) {
		long counted = guests.stream().filter(g -> !g.intentional()).count();
		long ok = guests.stream().filter(g -> g.outcome() == GuestOutcome.OK).count();
		RunState state = (counted == 0 || ok == 0) ? RunState.FAILED : (ok == counted) ? RunState.OK : RunState.PARTIAL;
		String why = (counted == 0) ? "no guest to snapshot: none matched, or only templates" : note;
		this.runs.finish(run.id(), state, why, this.clock.instant());
	}

}
