package dev.pvedash.metrics;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Stored history of a node, guest or storage for one range (H2 only; never asks PVE).
 * Always the full range of points (at most 1,000), nulls where nothing is stored; an
 * unknown entity gives only nulls.
 */
@Component
public class Metrics {

	private final MetricStore store;

	private final Clock clock;

	Metrics(MetricStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** Moves with every committed write of samples (see {@link Charts}). */
	long version() {
		return this.store.version();
	}

	public MetricSeries node(String node, MetricRange range) {
		return series(Kind.NODE, Entity.nodeRef(node), range);
	}

	public MetricSeries guest(int vmid, MetricRange range) {
		return series(Kind.GUEST, Entity.guestRef(vmid), range);
	}

	public MetricSeries storage(String node, String storage, MetricRange range) {
		return series(Kind.STORAGE, Entity.storageRef(node, storage), range);
	}

	private MetricSeries series(Kind kind, String ref, MetricRange range) {
		Instant now = this.clock.instant();
		QueryPlan plan = QueryPlan.of(range);
		List<Row> rows = this.store.find(ref)
			.map((entity) -> OpenBuckets.read(this.store, kind, plan.tier(), entity.id(), plan.first(now),
					plan.last(now) + plan.step(), now))
			.orElse(List.of());
		return SeriesBuilder.build(kind, range, rows, now);
	}

}
