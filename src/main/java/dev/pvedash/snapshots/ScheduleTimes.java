package dev.pvedash.snapshots;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.scheduling.support.CronExpression;

/**
 * Fire times of a schedule's cron expression (Spring's six fields: second minute hour day
 * month weekday), read in the server's time zone so "Sunday 03:00" means the owner's
 * Sunday. Pure: the caller passes the instants.
 */
final class ScheduleTimes {

	/** Runs further back than this are never looked for, which bounds the search. */
	private static final Duration LOOKBACK = Duration.ofDays(400);

	private final CronExpression cron;

	private final ZoneId zone;

	private ScheduleTimes(CronExpression cron, ZoneId zone) {
		this.cron = cron;
		this.zone = zone;
	}

	/** Throws IllegalArgumentException for an expression Spring cannot read. */
	static ScheduleTimes of(String expression, ZoneId zone) {
		return new ScheduleTimes(CronExpression.parse(expression), zone);
	}

	/**
	 * The first fire time strictly after {@code from}; null for an expression that never
	 * fires again.
	 */
	Instant next(Instant from) {
		ZonedDateTime next = this.cron.next(from.atZone(this.zone));
		return (next != null) ? next.toInstant() : null;
	}

	/** The latest fire time in ({@code after}, {@code now}], if any. */
	Optional<Instant> latestFire(Instant after, Instant now) {
		Instant floor = now.minus(LOOKBACK);
		Instant at = after.isBefore(floor) ? floor : after;
		Instant latest = null;
		for (Instant next = next(at); next != null && !next.isAfter(now); next = next(next)) {
			latest = next;
		}
		return Optional.ofNullable(latest);
	}

	/**
	 * The gap between the first two fire times after {@code from}: a week for a weekly
	 * schedule.
	 */
	Duration period(Instant from) {
		Instant first = next(from);
		Instant second = (first != null) ? next(first) : null;
		return (second != null) ? Duration.between(first, second) : LOOKBACK;
	}

	/** The shortest gap between the next {@code count} fire times after {@code from}. */
	Duration shortestGap(Instant from, int count) {
		Duration shortest = LOOKBACK;
		Instant previous = next(from);
		for (int i = 0; i < count && previous != null; i++) {
			Instant next = next(previous);
			if (next != null && Duration.between(previous, next).compareTo(shortest) < 0) {
				shortest = Duration.between(previous, next);
			}
			previous = next;
		}
		return shortest;
	}

}
