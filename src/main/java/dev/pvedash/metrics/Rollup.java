package dev.pvedash.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Downsampling, pure: rows of a finer tier into buckets of {@code step} seconds. Average
 * of the averages present (a gap does not count as 0), max of the maxima (a finest-tier
 * row's max is its average). A bucket whose rows all are gaps for a field stays a gap for
 * that field; a bucket without rows is not produced.
 */
final class Rollup {

	private Rollup() {
	}

	static List<Row> rollUp(List<Row> rows, int fields, long step) {
		Map<Long, List<Row>> buckets = new TreeMap<>();
		for (Row row : rows) {
			buckets.computeIfAbsent(Math.floorDiv(row.t(), step) * step, (t) -> new ArrayList<>()).add(row);
		}
		List<Row> result = new ArrayList<>(buckets.size());
		buckets.forEach((t, members) -> result.add(combine(t, members, fields)));
		return result;
	}

	static Row combine(long t, List<Row> members, int fields) {
		Row out = Row.empty(t, fields);
		for (int i = 0; i < fields; i++) {
			double sum = 0;
			int count = 0;
			Double max = null;
			for (Row row : members) {
				if (row.avg()[i] != null) {
					sum += row.avg()[i];
					count++;
				}
				Double candidate = row.maxOrAvg(i);
				if (candidate != null && (max == null || candidate > max)) {
					max = candidate;
				}
			}
			out.avg()[i] = (count > 0) ? sum / count : null;
			out.max()[i] = max;
		}
		return out;
	}

}
