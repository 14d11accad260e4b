package dev.pvedash.metrics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pvedash.metrics.*} (docs/metrics.md).
 *
 * @param keepMinutes how long the 1-minute tier is kept; {@code keepTenMinutes},
 * {@code keepTwoHours} likewise
 * @param rollupEvery how often recent buckets are rolled up into the coarser tiers
 * @param pruneEvery how often rows past their tier's retention are deleted
 * @param backfillTick how often the backfill sends its next requests, at most
 * {@code backfillCalls} at a time
 * @param gap a silence longer than this since an entity's last sample is filled from
 * rrddata
 * @param nodeRefresh how often a node's last hour is re-read from rrddata for what its
 * status lacks (network rates, pressure)
 * @param retryRefused a 403 or 501 rrddata endpoint is asked again after this long
 * @param retryFailed other failures (node unreachable, 5xx) are retried after this long
 */
@ConfigurationProperties("pvedash.metrics")
record MetricsProperties(@DefaultValue("true") boolean enabled, @DefaultValue("48h") Duration keepMinutes,
		@DefaultValue("8d") Duration keepTenMinutes, @DefaultValue("730d") Duration keepTwoHours,
		@DefaultValue("60s") Duration rollupEvery, @DefaultValue("1h") Duration pruneEvery,
		@DefaultValue("10s") Duration backfillTick, @DefaultValue("10") int backfillCalls,
		@DefaultValue("3m") Duration gap, @DefaultValue("10m") Duration nodeRefresh,
		@DefaultValue("6h") Duration retryRefused, @DefaultValue("10m") Duration retryFailed) {

	static MetricsProperties defaults() {
		return new MetricsProperties(true, Duration.ofHours(48), Duration.ofDays(8), Duration.ofDays(730),
				Duration.ofSeconds(60), Duration.ofHours(1), Duration.ofSeconds(10), 10, Duration.ofMinutes(3),
				Duration.ofMinutes(10), Duration.ofHours(6), Duration.ofMinutes(10));
	}

	Duration keep(Tier tier) {
		return switch (tier) {
			case MINUTE -> this.keepMinutes;
			case TEN_MINUTES -> this.keepTenMinutes;
			case TWO_HOURS -> this.keepTwoHours;
		};
	}

}
