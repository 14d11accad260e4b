package dev.pvedash.snapshots;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The rows of the schedules page, from H2 only. */
@Component
class ScheduleViews {

	private final ScheduleRepository schedules;

	private final ScheduleRunRepository runs;

	private final ScheduleHealth health;

	private final Clock clock;

	ScheduleViews(ScheduleRepository schedules, ScheduleRunRepository runs, ScheduleHealth health, Clock clock) {
		this.schedules = schedules;
		this.runs = runs;
		this.health = health;
		this.clock = clock;
	}

	List<ScheduleRow> rows() {
		Instant now = this.clock.instant();
		Map<Long, OverdueSchedule> overdue = this.health.overdue()
			.stream()
			.collect(Collectors.toMap(OverdueSchedule::id, Function.identity()));
		return this.schedules.all().stream().map(s -> row(s, now, overdue.get(s.id()))).toList();
	}

	ScheduleRow row(Schedule s, Instant now, OverdueSchedule overdue) {
		String preset = ScheduleForm.of(s).preset();
		Instant next = s.enabled() ? ScheduleTimes.of(s.cron(), ZoneId.systemDefault()).next(now) : null;
		String guests = s.byTag() ? "tag " + s.tag()
				: s.vmids().stream().map(String::valueOf).collect(Collectors.joining(", "));
		return new ScheduleRow(s.id(), s.name(), guests, s.cron(), preset, next, s.keep(), s.prefix(), s.includeRam(),
				s.storageLimit(), s.enabled(), this.runs.inFlight(s.id()).isPresent(),
				this.runs.last(s.id(), false).orElse(null),
				this.runs.last(s.id(), true).map(ScheduleRun::startedAt).orElse(null), overdue);
	}

	static String zone() {
		return ZoneId.systemDefault().getId();
	}

}
