package dev.pvedash.snapshots;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts due runs and moves running ones on, a few quick steps per tick: no thread ever
 * waits minutes for a PVE task, and the runs' state lives in H2, so a restart resumes
 * them. A fire time that passed while the app was down is caught up once at start-up
 * inside the catch-up window (docs/snapshot-schedules.md).
 */
@Component
class ScheduledSnapshotRunner {

	private static final Logger log = LoggerFactory.getLogger(ScheduledSnapshotRunner.class);

	private final ScheduleRepository schedules;

	private final ScheduleRunRepository runs;

	private final ScheduleRunStarter starter;

	private final ScheduleRunProgress progress;

	private final ScheduleProperties properties;

	private final Clock clock;

	/** Fire times before this passed while the app was down. */
	private volatile Instant upSince;

	ScheduledSnapshotRunner(ScheduleRepository schedules, ScheduleRunRepository runs, ScheduleRunStarter starter,
			ScheduleRunProgress progress, ScheduleProperties properties, Clock clock) {
		this.schedules = schedules;
		this.runs = runs;
		this.starter = starter;
		this.progress = progress;
		this.properties = properties;
		this.clock = clock;
		this.upSince = clock.instant();
	}

	@Scheduled(fixedDelayString = "${pvedash.schedules.tick:15s}", initialDelayString = "${pvedash.schedules.tick:15s}")
	void tick() {
		runDue();
	}

	/**
	 * Start-up: runs left RUNNING by a stop are resumed, or closed when they are older
	 * than the window.
	 */
	@EventListener(ApplicationReadyEvent.class)
	synchronized void started() {
		Instant now = this.clock.instant();
		this.upSince = now;
		for (ScheduleRun run : this.runs.allInFlight()) {
			if (Duration.between(run.startedAt(), now).compareTo(this.properties.catchUpWindow()) > 0) {
				log.warn("Closing snapshot run #{}: the dashboard was down since it started", run.id());
				this.progress.close(run);
			}
			else {
				log.info("Resuming snapshot run #{}", run.id());
			}
		}
	}

	synchronized void runDue() {
		Instant now = this.clock.instant();
		for (Schedule schedule : this.schedules.all()) {
			if (schedule.enabled() && this.runs.inFlight(schedule.id()).isEmpty()) {
				startIfDue(schedule, now);
			}
		}
		for (ScheduleRun run : this.runs.allInFlight()) {
			try {
				this.progress.advance(run);
			}
			catch (RuntimeException ex) { // the next tick tries again; the run's rows say
											// where it stands
				log.warn("Snapshot run #{} could not move on", run.id(), ex);
			}
		}
	}

	private void startIfDue(Schedule schedule, Instant now) {
		Optional<Instant> fire;
		try {
			fire = ScheduleTimes.of(schedule.cron(), ZoneId.systemDefault()).latestFire(schedule.firedThrough(), now);
		}
		catch (IllegalArgumentException ex) {
			log.warn("Schedule {} has an unreadable time '{}'", schedule.name(), schedule.cron());
			return;
		}
		if (fire.isEmpty()) {
			return;
		}
		boolean missed = fire.get().isBefore(this.upSince);
		if (missed && Duration.between(fire.get(), now).compareTo(this.properties.catchUpWindow()) > 0) {
			log.warn("Schedule {} missed its run of {} while the dashboard was down; too old to catch up",
					schedule.name(), fire.get());
			this.schedules.firedThrough(schedule.id(), fire.get());
			return;
		}
		this.starter.start(schedule, missed ? "CATCH_UP" : "SCHEDULED", fire.get());
	}

}
