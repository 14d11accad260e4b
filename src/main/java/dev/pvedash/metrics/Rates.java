package dev.pvedash.metrics;

import org.jspecify.annotations.Nullable;

/**
 * Turns PVE's guest counters (bytes since the guest started, docs/proxmox-notes.md,
 * Reads) into bytes per second between two consecutive samples. Anything that is not a
 * clean forward step is a gap, never a negative or invented value: a missing sample, a
 * counter that went down (the guest restarted), a stopped guest, no time passed, or
 * samples further apart than {@code maxGap} (the dashboard was down, the curve in between
 * is unknown).
 */
final class Rates {

	private Rates() {
	}

	static @Nullable Double perSecond(@Nullable Long before, long beforeAt, @Nullable Long now, long nowAt,
			long maxGap) {
		if (before == null || now == null) {
			return null;
		}
		long seconds = nowAt - beforeAt;
		if (seconds <= 0 || seconds > maxGap || now < before) {
			return null;
		}
		return (now - before) / (double) seconds;
	}

}
