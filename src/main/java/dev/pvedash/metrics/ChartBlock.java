package dev.pvedash.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * A group of charts with one time axis and one set of range buttons
 * (templates/metrics/charts.html).
 *
 * @param id DOM id, stable across the overview's live refresh (the block is kept, not
 * re-rendered, by htmx)
 * @param src API path without the range, e.g. {@code /api/metrics/guests/101}
 */
public record ChartBlock(String id, String src, List<Chart> charts) {

	/** The range the page opens with; the text fallback summarises it. */
	public String defaultRange() {
		return MetricRange.H1.word();
	}

	public List<String> ranges() {
		return Arrays.stream(MetricRange.values()).map(MetricRange::word).toList();
	}

}
