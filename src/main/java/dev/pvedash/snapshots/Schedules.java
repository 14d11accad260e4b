package dev.pvedash.snapshots;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.pvedash.snapshots.ScheduleChanged.Change;
import dev.pvedash.system.UserFacingException;

/**
 * Every change an admin makes to schedules, each with its audit event in the same
 * transaction. Forms arrive already checked (ScheduleFormCheck); the name and prefix must
 * also be free, which only the table knows.
 */
@Service
@Transactional
class Schedules {

	private final ScheduleRepository schedules;

	private final ScheduleRunRepository runs;

	private final ScheduleRunStarter starter;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Schedules(ScheduleRepository schedules, ScheduleRunRepository runs, ScheduleRunStarter starter,
			ApplicationEventPublisher events, Clock clock) {
		this.schedules = schedules;
		this.runs = runs;
		this.starter = starter;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Schedule find(long id) {
		return this.schedules.find(id)
			.orElseThrow(() -> new UserFacingException(HttpStatus.NOT_FOUND, "schedules.unknown"));
	}

	/**
	 * The message key of a clash with another schedule (same name, or same prefix: they
	 * would prune each other).
	 */
	@Transactional(readOnly = true)
	String clash(ScheduleForm form, Long id) {
		List<Schedule> others = this.schedules.all().stream().filter(s -> id == null || s.id() != id).toList();
		if (others.stream().anyMatch(s -> s.name().equalsIgnoreCase(form.name()))) {
			return "schedules.error.name-taken";
		}
		if (others.stream().anyMatch(s -> s.prefix().equalsIgnoreCase(form.prefix()))) {
			return "schedules.error.prefix-taken";
		}
		return null;
	}

	long create(ScheduleForm form, String actor, String clientAddress) {
		long id = this.schedules.insert(form, this.clock.instant());
		publish(id, form.name(), Change.CREATED, describe(form), actor, clientAddress);
		return id;
	}

	void update(long id, ScheduleForm form, String actor, String clientAddress) {
		Schedule before = find(id);
		boolean newTime = !before.cron().equals(form.cronExpression());
		this.schedules.update(id, form, newTime, this.clock.instant());
		publish(id, form.name(), Change.UPDATED, describe(form), actor, clientAddress);
	}

	void delete(long id, String actor, String clientAddress) {
		Schedule schedule = find(id);
		if (this.runs.inFlight(id).isPresent()) {
			throw new UserFacingException(HttpStatus.CONFLICT, "schedules.delete.running", schedule.name());
		}
		this.schedules.delete(id);
		publish(id, schedule.name(), Change.DELETED, null, actor, clientAddress);
	}

	void enable(long id, boolean enabled, String actor, String clientAddress) {
		Schedule schedule = find(id);
		this.schedules.enabled(id, enabled, this.clock.instant());
		publish(id, schedule.name(), enabled ? Change.ENABLED : Change.DISABLED, null, actor, clientAddress);
	}

	/**
	 * Opens a MANUAL run that the runner's next tick starts; refused while one is in
	 * flight.
	 */
	long runNow(long id, String actor, String clientAddress) {
		Schedule schedule = find(id);
		long run = this.starter.start(schedule, "MANUAL", null)
			.orElseThrow(() -> new UserFacingException(HttpStatus.CONFLICT, "schedules.run.busy", schedule.name()));
		publish(id, schedule.name(), Change.RUN_NOW, "run #" + run, actor, clientAddress);
		return run;
	}

	private void publish(long id, String name, Change change, String detail, String actor, String clientAddress) {
		this.events
			.publishEvent(new ScheduleChanged(id, name, change, detail, actor, clientAddress, this.clock.instant()));
	}

	private static String describe(ScheduleForm form) {
		return "cron " + form.cronExpression() + "; "
				+ (form.byTag() ? "tag " + form.tag().strip() : "guests " + form.vmids()) + "; keep " + form.keep()
				+ "; prefix " + form.prefix() + "; RAM " + (form.includeRam() ? "on" : "off") + "; skip above "
				+ form.storageLimit() + " %";
	}

}
