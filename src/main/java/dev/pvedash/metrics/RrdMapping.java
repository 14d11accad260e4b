package dev.pvedash.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pure: one rrddata answer into the rows of one tier (docs/metrics.md, "Backfill"). Each
 * point covers the time up to the next point, so an answer whose spacing changes part-way
 * (PVE 9 reading an upgraded PVE 8 file) maps correctly. Points finer than the tier are
 * combined per bucket (average of AVERAGE, max of MAX); a coarser point fills every
 * bucket it covers, except on the minute tier, which takes only real minute data. Values
 * PVE omitted stay null; rows without any value, before {@code keepFrom} or after
 * {@code until} are left out.
 */
final class RrdMapping {

	/**
	 * One rrddata point: bucket start (epoch seconds) and the values in
	 * {@link Kind#fields()} order.
	 */
	record Point(long t, Double[] values) {
	}

	private RrdMapping() {
	}

	static List<Row> toTier(List<Point> points, boolean max, Tier tier, long keepFrom, long until, int width) {
		Map<Long, List<Double[]>> fine = new TreeMap<>();
		Map<Long, Double[]> stretched = new TreeMap<>();
		for (int i = 0; i < points.size(); i++) {
			Point point = points.get(i);
			long step = step(points, i, tier.step());
			if (step <= tier.step()) {
				fine.computeIfAbsent(tier.bucket(point.t()), (t) -> new ArrayList<>()).add(point.values());
			}
			else if (tier != Tier.MINUTE) {
				// only the buckets that can be kept: a year's weekly points stretched
				// over the 10-minute tier would otherwise make 1,008 buckets a point,
				// nearly all before keepFrom
				long first = Math.max(tier.bucket(point.t() + tier.step() - 1),
						tier.bucket(keepFrom + tier.step() - 1));
				for (long b = first; b < point.t() + step && b <= until; b += tier.step()) {
					stretched.putIfAbsent(b, point.values());
				}
			}
		}
		Map<Long, Double[]> buckets = new TreeMap<>(stretched);
		fine.forEach((t, members) -> buckets.put(t, combine(members, max, width)));
		List<Row> rows = new ArrayList<>();
		buckets.forEach((t, values) -> {
			if (t >= keepFrom && t <= until && java.util.Arrays.stream(values).anyMatch((v) -> v != null)) {
				Double[] none = new Double[width];
				rows.add(max ? new Row(t, none, values.clone()) : new Row(t, values.clone(), none));
			}
		});
		return rows;
	}

	/**
	 * Seconds this point covers: up to the next point; the last one repeats the spacing
	 * before it.
	 */
	static long step(List<Point> points, int i, long fallback) {
		if (i + 1 < points.size()) {
			return points.get(i + 1).t() - points.get(i).t();
		}
		return (i > 0) ? points.get(i).t() - points.get(i - 1).t() : fallback;
	}

	private static Double[] combine(List<Double[]> members, boolean max, int width) {
		Double[] out = new Double[width];
		for (int f = 0; f < width; f++) {
			double sum = 0;
			int count = 0;
			Double top = null;
			for (Double[] values : members) {
				if (values[f] != null) {
					sum += values[f];
					count++;
					top = (top == null) ? values[f] : Math.max(top, values[f]);
				}
			}
			out[f] = (count == 0) ? null : max ? top : sum / count;
		}
		return out;
	}

}
