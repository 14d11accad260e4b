package dev.pvedash.metrics;

import java.util.HashMap;
import java.util.Map;

/**
 * The minute being filled, per entity: each cycle's sample joins the running average of
 * its minute, and the row is rewritten, so the newest minute is visible at once. A sample
 * of a new minute starts over. Only the poller's thread uses it.
 */
final class MinuteAverages {

	private static final class Minute {

		final long t;

		final double[] sums;

		final int[] counts;

		Minute(long t, int width) {
			this.t = t;
			this.sums = new double[width];
			this.counts = new int[width];
		}

	}

	private final Map<Integer, Minute> minutes = new HashMap<>();

	Row add(int entity, long epochSecond, Double[] values) {
		long t = Tier.MINUTE.bucket(epochSecond);
		Minute minute = this.minutes.get(entity);
		if (minute == null || minute.t != t) {
			minute = new Minute(t, values.length);
			this.minutes.put(entity, minute);
		}
		Row row = Row.empty(t, values.length);
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				minute.sums[i] += values[i];
				minute.counts[i]++;
			}
			row.avg()[i] = (minute.counts[i] > 0) ? minute.sums[i] / minute.counts[i] : null;
		}
		return row;
	}

}
