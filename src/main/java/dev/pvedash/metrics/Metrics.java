package dev.pvedash.metrics;

import java.util.List;

import org.springframework.stereotype.Component;

/** Stored history of a node, guest or storage for one range (H2 only; never asks PVE). */
@Component
public class Metrics {

	public MetricSeries node(String node, MetricRange range) {
		return empty(Kind.NODE, range);
	}

	public MetricSeries guest(int vmid, MetricRange range) {
		return empty(Kind.GUEST, range);
	}

	public MetricSeries storage(String node, String storage, MetricRange range) {
		return empty(Kind.STORAGE, range);
	}

	private static MetricSeries empty(Kind kind, MetricRange range) {
		return new MetricSeries(range, 60, Kind.withMax(kind.fields()), List.of());
	}

}
