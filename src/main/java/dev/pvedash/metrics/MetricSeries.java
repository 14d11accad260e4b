package dev.pvedash.metrics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A range of one node, guest or storage: at most 1,000 points, time increasing,
 * {@code step} seconds apart, every point carrying every field (null for a gap).
 *
 * @param fields each field followed by its {@code <field>_max}
 */
public record MetricSeries(MetricRange range, long step, List<String> fields, List<MetricPoint> points) {

	public MetricSeries {
		fields = List.copyOf(fields);
		points = List.copyOf(points);
	}

	/**
	 * Min, average and max over the non-null values of {@code field}; empty when it has
	 * none.
	 */
	public Optional<Summary> summary(String field) {
		double[] values = this.points.stream()
			.map((point) -> point.values().get(field))
			.filter(Objects::nonNull)
			.mapToDouble(Double::doubleValue)
			.toArray();
		if (values.length == 0) {
			return Optional.empty();
		}
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		double sum = 0;
		for (double value : values) {
			min = Math.min(min, value);
			max = Math.max(max, value);
			sum += value;
		}
		return Optional.of(new Summary(min, sum / values.length, max));
	}

	/** True when no point has a value: the chart says "no history yet". */
	public boolean empty() {
		return this.points.stream().allMatch((point) -> point.values().values().stream().allMatch(Objects::isNull));
	}

}
