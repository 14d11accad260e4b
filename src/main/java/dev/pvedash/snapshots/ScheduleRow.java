package dev.pvedash.snapshots;

import java.time.Instant;

/**
 * One schedule as the list shows it. {@code preset} is daily, weekly, monthly or custom;
 * {@code nextRun} is null when disabled; {@code lastRun} null when it never ran.
 */
record ScheduleRow(long id, String name, String guests, String cron, String preset, Instant nextRun, int keep,
		String prefix, boolean includeRam, int storageLimit, boolean enabled, boolean running, ScheduleRun lastRun,
		Instant lastSuccess, OverdueSchedule overdue) {
}
