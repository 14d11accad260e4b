package dev.pvedash.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pure: stored rows of one entity into the points of a range. Every bucket of the plan
 * becomes a point, so missing buckets are visible as nulls; rows of a finer tier are
 * re-bucketed with {@link Rollup}. Optional fields (PVE 9 only) are listed only when the
 * range has a value for them.
 */
final class SeriesBuilder {

	private SeriesBuilder() {
	}

	static MetricSeries build(Kind kind, MetricRange range, List<Row> rows, Instant now) {
		QueryPlan plan = QueryPlan.of(range);
		int width = kind.fields().size();
		Map<Long, Row> buckets = new HashMap<>();
		for (Row row : Rollup.rollUp(rows, width, plan.step())) {
			buckets.put(row.t(), row);
		}
		List<Integer> shown = new ArrayList<>();
		for (int i = 0; i < width; i++) {
			String field = kind.fields().get(i);
			if (!kind.optional(field) || hasValue(buckets, i)) {
				shown.add(i);
			}
		}
		List<String> names = Kind.withMax(shown.stream().map(kind.fields()::get).toList());
		List<MetricPoint> points = new ArrayList<>(plan.count());
		for (long t = plan.first(now); t <= plan.last(now); t += plan.step()) {
			Row row = buckets.get(t);
			Map<String, Double> values = new LinkedHashMap<>();
			for (int i : shown) {
				String field = kind.fields().get(i);
				values.put(field, (row != null) ? row.avg()[i] : null);
				values.put(field + "_max", (row != null) ? row.maxOrAvg(i) : null);
			}
			points.add(new MetricPoint(t, java.util.Collections.unmodifiableMap(values)));
		}
		return new MetricSeries(range, plan.step(), names, points);
	}

	private static boolean hasValue(Map<Long, Row> buckets, int i) {
		return buckets.values().stream().anyMatch((row) -> row.avg()[i] != null || row.max()[i] != null);
	}

}
