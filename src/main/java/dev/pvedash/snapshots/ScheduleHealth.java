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
 * <p>
 * When each schedule is expected by depends on stored rows only, so it is worked out once
 * per committed write of the schedules and their runs ({@link SnapshotsVersion}); each
 * call only compares those instants with the clock, so a schedule still becomes overdue
 * without any write.
 */
@Component
public class ScheduleHealth {

	private final ScheduleRepository schedules;

	private final ScheduleRunRepository runs;

	private final ScheduleProperties properties;

	private final Clock clock;

	private final SnapshotsVersion version;

	private volatile Expected expected = new Expected(-1, List.of());

	ScheduleHealth(ScheduleRepository schedules, ScheduleRunRepository runs, ScheduleProperties properties, Clock clock,
			SnapshotsVersion version) {
		this.schedules = schedules;
		this.runs = runs;
		this.properties = properties;
		this.clock = clock;
		this.version = version;
	}

	/** Overdue schedules, by name. */
	public List<OverdueSchedule> overdue() {
		Instant now = this.clock.instant();
		return expected().stream().filter(late -> now.isAfter(late.expectedBy())).toList();
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

	/**
	 * Every enabled schedule with the instant it is overdue after, by name, as of the
	 * last committed write; the version is taken before the rows are read.
	 */
	private List<OverdueSchedule> expected() {
		Expected current = this.expected;
		long now = this.version.current();
		if (current.version() == now) {
			return current.schedules();
		}
		List<OverdueSchedule> expected = new ArrayList<>();
		for (Schedule schedule : this.schedules.all()) {
			if (!schedule.enabled()) {
				continue; // switched off on purpose: nothing is expected
			}
			Instant lastSuccess = this.runs.last(schedule.id(), true).map(ScheduleRun::startedAt).orElse(null);
			Instant expectedBy = expectedBy(schedule, lastSuccess);
			if (expectedBy != null) {
				expected.add(new OverdueSchedule(schedule.id(), schedule.name(), lastSuccess, expectedBy));
			}
		}
		current = new Expected(now, List.copyOf(expected));
		this.expected = current;
		return current.schedules();
	}

	private record Expected(long version, List<OverdueSchedule> schedules) {
	}

}
