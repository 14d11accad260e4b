package dev.pvedash.snapshots;

import java.time.Instant;

/**
 * A schedule whose snapshots are late (see {@link ScheduleHealth}).
 *
 * @param lastSuccess start of the last fully successful run; null when it never had one
 * @param expectedBy when a good run was due at the latest (period plus grace after the
 * last success)
 */
public record OverdueSchedule(long id, String name, Instant lastSuccess, Instant expectedBy) {
}
