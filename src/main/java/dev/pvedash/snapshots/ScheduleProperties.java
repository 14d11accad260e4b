package dev.pvedash.snapshots;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Snapshot schedules (docs/snapshot-schedules.md).
 *
 * @param catchUpWindow a run missed while the app was down runs once at start-up if its
 * fire time is at most this old; older misses are passed over and show in the dead-man
 * check
 * @param grace how long after its period a schedule may go without a fully successful run
 * before it is overdue
 * @param lockedTries how often a guest locked by PVE is tried before it is recorded as
 * skipped
 * @param lockedRetryDelay the wait between two tries of a locked guest
 * @param tick how often the runner looks for due schedules and advances running ones
 */
@Validated
@ConfigurationProperties("pvedash.schedules")
record ScheduleProperties(@DefaultValue("12h") Duration catchUpWindow, @DefaultValue("1d") Duration grace,
		@DefaultValue("3") @Min(1) @Max(20) int lockedTries, @DefaultValue("5m") Duration lockedRetryDelay,
		@DefaultValue("15s") Duration tick) {

	static ScheduleProperties defaults() {
		return new ScheduleProperties(Duration.ofHours(12), Duration.ofDays(1), 3, Duration.ofMinutes(5),
				Duration.ofSeconds(15));
	}

}
