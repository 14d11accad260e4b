package dev.pvedash.snapshots;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/**
 * The checks Bean Validation cannot express: a readable cron that fires at most hourly, a
 * prefix that starts a valid PVE snapshot name and leaves room for the timestamp, guests
 * chosen one way or the other.
 */
final class ScheduleFormCheck {

	/** The runner appends {@code yyyyMMdd-HHmmss}: 15 characters of PVE's 40. */
	static final int PREFIX_MAX = SnapshotName.MAX_LENGTH - 15;

	/** PVE's tag format (pve-tag). */
	private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_+.-]*");

	private static final Duration SHORTEST_GAP = Duration.ofHours(1);

	private ScheduleFormCheck() {
	}

	static void check(ScheduleForm form, Instant now, ZoneId zone, Errors errors) {
		cron(form, now, zone, errors);
		prefix(form.prefix(), errors);
		if (form.byTag()) {
			if (form.tag() == null || !TAG.matcher(form.tag().strip()).matches()) {
				errors.rejectValue("tag", "schedules.error.tag");
			}
		}
		else if (form.vmids().isEmpty()) {
			errors.rejectValue("vmids", "schedules.error.vmids");
		}
	}

	private static void cron(ScheduleForm form, Instant now, ZoneId zone, Errors errors) {
		ScheduleTimes times;
		try {
			times = ScheduleTimes.of(form.cronExpression(), zone);
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue("cron", "schedules.error.cron", new Object[] { form.cronExpression() }, null);
			return;
		}
		if (times.next(now) == null) {
			errors.rejectValue("cron", "schedules.error.cron-never");
		}
		else if (times.shortestGap(now, 24).compareTo(SHORTEST_GAP) < 0) {
			errors.rejectValue("cron", "schedules.error.cron-often");
		}
	}

	private static void prefix(String prefix, Errors errors) {
		if (prefix == null || prefix.isEmpty()) {
			errors.rejectValue("prefix", "schedules.error.prefix-empty");
		}
		else if (prefix.length() > PREFIX_MAX) {
			errors.rejectValue("prefix", "schedules.error.prefix-long", new Object[] { PREFIX_MAX }, null);
		}
		else {
			SnapshotName.problem(prefix + "20260101-000000").ifPresent(key -> errors.rejectValue("prefix", key));
		}
	}

}
