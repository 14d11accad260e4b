package dev.pvedash.metrics;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.pvedash.proxmox.RrdCf;

/**
 * One rrddata request of the backfill, written into every tier it reaches (fill-gaps
 * only: nothing stored is overwritten). A MAX answer skips the minute tier, whose max is
 * its average.
 */
@Component
class RrdFill {

	private final RrdReader reader;

	private final MetricStore store;

	private final MetricsProperties properties;

	RrdFill(RrdReader reader, MetricStore store, MetricsProperties properties) {
		this.reader = reader;
		this.store = store;
		this.properties = properties;
	}

	/**
	 * Throws what the client throws; returns whether the answer's points were a minute
	 * apart.
	 */
	boolean fill(Entity entity, BackfillPlan.Call call, Instant now) {
		List<RrdMapping.Point> points = this.reader.read(entity, call.frame(), call.cf());
		boolean max = call.cf() == RrdCf.MAX;
		int width = entity.kind().fields().size();
		for (Tier tier : Tier.values()) {
			if (max && tier == Tier.MINUTE) {
				continue;
			}
			long keepFrom = Retention.keepFrom(tier, this.properties.keep(tier), now);
			List<Row> rows = RrdMapping.toTier(points, max, tier, keepFrom, now.getEpochSecond(), width);
			this.store.write(entity.kind(), tier, entity.id(), rows, false);
		}
		return points.size() > 1 && RrdMapping.step(points, points.size() - 2, 0) <= 60;
	}

}
