package dev.pvedash.metrics;

import java.time.Duration;
import java.time.Instant;

/**
 * Pruning, pure: the first bucket start a tier keeps at {@code now}. Rows before it are
 * deleted. A bucket is kept while any part of it is younger than the retention, so a
 * range query never loses its oldest point early.
 */
final class Retention {

	private Retention() {
	}

	static long keepFrom(Tier tier, Duration keep, Instant now) {
		return Math.max(0, tier.bucket(now.getEpochSecond() - keep.toSeconds()));
	}

}
