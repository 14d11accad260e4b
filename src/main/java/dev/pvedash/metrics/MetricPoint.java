package dev.pvedash.metrics;

import java.util.Map;

/**
 * One bucket of a series.
 *
 * @param t bucket start, epoch seconds
 * @param values every field of the series (averages under their name, maxima as
 * {@code <field>_max}); a null value is a gap, never 0
 */
public record MetricPoint(long t, Map<String, Double> values) {
}
