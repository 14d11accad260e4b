package dev.pvedash.snapshots;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Positive;

/**
 * Snapshot reading and warnings (docs/snapshots.md).
 *
 * @param lateAfter the newest snapshot of a guest that has snapshots is "late" past this
 * age
 * @param maxSnapshots more live snapshots than this on one guest make a long chain
 * @param maxAge a chain whose oldest snapshot is older than this is long too
 * @param sweepEvery every guest's list is read again at least this often, even without a
 * snapshot task
 * @param readsPerRun at most this many lists are read per sync run, so thousands of
 * guests never burst
 * @param retryFirst the wait after a first failed read; it doubles per failure up to
 * {@code retryMax}
 * @param retryMax the longest wait between two attempts at a failing guest
 * @param pageSize how many snapshots the {@code /snapshots} timeline shows per page
 */
@ConfigurationProperties("pvedash.snapshots")
@Validated
record SnapshotsProperties(@DefaultValue("8d") Duration lateAfter, @DefaultValue("5") int maxSnapshots,
		@DefaultValue("60d") Duration maxAge, @DefaultValue("6h") Duration sweepEvery,
		@DefaultValue("10") int readsPerRun, @DefaultValue("1m") Duration retryFirst,
		@DefaultValue("1h") Duration retryMax, @DefaultValue("50") @Positive int pageSize) {

	static SnapshotsProperties defaults() {
		return new SnapshotsProperties(Duration.ofDays(8), 5, Duration.ofDays(60), Duration.ofHours(6), 10,
				Duration.ofMinutes(1), Duration.ofHours(1), 50);
	}

}
