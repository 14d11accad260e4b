package dev.pvedash.metrics;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rolls closed buckets up into the coarser tiers and deletes rows past their tier's
 * retention, on the scheduler's thread (never in the poller's cycle), one short
 * transaction per kind and tier. Each coarse bucket is written once, by the first run
 * after it closed: those tiers keep an entity's rows together ({@link Key}), so a write
 * touches one page per entity, once per 10 minutes or 2 hours instead of every run. The
 * bucket still filling is rolled up when read ({@link OpenBuckets}). A first run rolls up
 * the last closed bucket, a run after a pause at most the last two; a longer silence is
 * the backfill's.
 */
@Component
class RollupJob {

	private static final Logger log = LoggerFactory.getLogger(RollupJob.class);

	private final MetricStore store;

	private final MetricsProperties properties;

	private final Clock clock;

	private @Nullable Instant lastRollup;

	private @Nullable Instant lastPrune;

	/** Per kind and finer tier: the end of what was rolled up. */
	private final Map<String, Long> rolledUpTo = new HashMap<>();

	RollupJob(MetricStore store, MetricsProperties properties, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelay = 5000, initialDelay = 5000)
	void tick() {
		runIfDue();
	}

	synchronized void runIfDue() {
		Instant now = this.clock.instant();
		if (!this.properties.enabled()) {
			return;
		}
		try {
			if (this.lastRollup == null || !now.isBefore(this.lastRollup.plus(this.properties.rollupEvery()))) {
				this.lastRollup = now;
				rollUp(now);
			}
			if (this.lastPrune == null || !now.isBefore(this.lastPrune.plus(this.properties.pruneEvery()))) {
				this.lastPrune = now;
				prune(now);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Metrics: roll-up or pruning failed; trying again at the next run", ex);
		}
	}

	void rollUp(Instant now) {
		for (Kind kind : Kind.values()) {
			rollUp(kind, Tier.MINUTE, now);
			rollUp(kind, Tier.TEN_MINUTES, now);
		}
	}

	/**
	 * {@code fine} into its coarser tier for every entity: the closed coarse buckets not
	 * yet rolled up.
	 */
	void rollUp(Kind kind, Tier fine, Instant now) {
		Tier coarse = fine.coarser();
		long open = coarse.bucket(now.getEpochSecond());
		Long done = this.rolledUpTo.get(kind + "/" + fine);
		if (done != null && done > open) {
			done = null; // the clock was set back: start over
		}
		if (done != null && done == open) {
			return;
		}
		long from = (done == null) ? open - coarse.step() : Math.max(done, open - 2 * coarse.step());
		Map<Integer, List<Row>> rows = this.store.readAll(kind, fine, from, open);
		Map<Integer, List<Row>> rolled = new HashMap<>();
		rows.forEach((entity, list) -> rolled.put(entity, Rollup.rollUp(list, kind.fields().size(), coarse.step())));
		this.store.write(kind, coarse, rolled, true);
		this.rolledUpTo.put(kind + "/" + fine, open);
	}

	int prune(Instant now) {
		int deleted = 0;
		for (Kind kind : Kind.values()) {
			for (Tier tier : Tier.values()) {
				deleted += this.store.prune(kind, tier, Retention.keepFrom(tier, this.properties.keep(tier), now));
			}
		}
		return deleted;
	}

}
