package dev.pvedash.snapshots;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The dead-man check (docs/snapshot-schedules.md): an enabled schedule is overdue when
 * its last fully successful run (state OK) is older than its period plus the grace, or
 * when it never had one and was created, enabled or re-timed longer ago than that. Skips
 * for a full storage or a lock are not success, so a guest skipped every week makes its
 * schedule overdue. Reads H2 only.
 */
@Component
public class ScheduleHealth {

	private final ScheduleRepository schedules;

	private final ScheduleRunRepository runs;

	private final ScheduleProperties properties;

	private final Clock clock;

	ScheduleHealth(ScheduleRepository schedules, ScheduleRunRepository runs, ScheduleProperties properties,
			Clock clock) {
		this.schedules = schedules;
		this.runs = runs;
		this.properties = properties;
		this.clock = clock;
	}

	/** Overdue schedules, by name. */
	public List<OverdueSchedule> overdue() {
		Instant now = this.clock.instant();
		List<OverdueSchedule> late = new ArrayList<>();
		for (Schedule schedule : this.schedules.all()) {
			if (!schedule.enabled()) {
				continue; // switched off on purpose: nothing is expected
			}
			Instant lastSuccess = this.runs.last(schedule.id(), true).map(ScheduleRun::startedAt).orElse(null);
			Instant expectedBy = expectedBy(schedule, lastSuccess);
			if (expectedBy != null && now.isAfter(expectedBy)) {
				late.add(new OverdueSchedule(schedule.id(), schedule.name(), lastSuccess, expectedBy));
			}
		}
		return late;
	}

	Instant expectedBy(Schedule schedule, Instant lastSuccess) {
		Instant from = (lastSuccess != null && lastSuccess.isAfter(schedule.activeSince())) ? lastSuccess
				: schedule.activeSince();
		try {
			return from.plus(ScheduleTimes.of(schedule.cron(), ZoneId.systemDefault()).period(from))
				.plus(this.properties.grace());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
