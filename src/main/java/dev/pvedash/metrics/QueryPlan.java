package dev.pvedash.metrics;

import java.time.Instant;

/**
 * Which tier answers a range and at what step, so no range ever has more than 1,000
 * points (docs/metrics.md): 1h from the minute tier (60 points); 24h from the 10-minute
 * tier (144: the minute tier would be 1,440); 7d from the 10-minute tier re-bucketed to
 * 20 minutes (504); 30d from the 2-hour tier (360); 1y from the 2-hour tier re-bucketed
 * to 12 hours (730).
 *
 * @param step seconds between points, a multiple of the tier's step
 * @param count points in the answer, the last one the bucket holding {@code now}
 */
record QueryPlan(Tier tier, long step, int count) {

	static final int MAX_POINTS = 1_000;

	static QueryPlan of(MetricRange range) {
		return switch (range) {
			case H1 -> new QueryPlan(Tier.MINUTE, 60, 60);
			case H24 -> new QueryPlan(Tier.TEN_MINUTES, 600, 144);
			case D7 -> new QueryPlan(Tier.TEN_MINUTES, 1_200, 504);
			case D30 -> new QueryPlan(Tier.TWO_HOURS, 7_200, 360);
			case Y1 -> new QueryPlan(Tier.TWO_HOURS, 43_200, 730);
		};
	}

	/** Start of the last point: the bucket holding {@code now}. */
	long last(Instant now) {
		return Math.floorDiv(now.getEpochSecond(), this.step) * this.step;
	}

	long first(Instant now) {
		return last(now) - (this.count - 1) * this.step;
	}

}
