package dev.pvedash.metrics;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import dev.pvedash.system.Formats;

/**
 * The chart blocks pages render (templates/metrics/charts.html): what charts.js draws,
 * and the last hour's min / avg / max as text for a browser without JavaScript. Reads H2
 * through {@link Metrics} only.
 */
@Component
public class Charts {

	private final Metrics metrics;

	private final StorageForecasts forecasts;

	private final Formats fmt;

	private final MessageSource messages;

	private final Map<List<Object>, Built> built = new ConcurrentHashMap<>();

	Charts(Metrics metrics, StorageForecasts forecasts, Formats fmt, MessageSource messages) {
		this.metrics = metrics;
		this.forecasts = forecasts;
		this.fmt = fmt;
		this.messages = messages;
	}

	public ChartBlock node(String node) {
		return cached("node " + node, () -> block("charts-node-" + node, "/api/metrics/nodes/" + segment(node),
				ChartSpec.NODE, this.metrics.node(node, MetricRange.H1)));
	}

	public ChartBlock guest(int vmid) {
		return cached("guest " + vmid, () -> block("charts-guest-" + vmid, "/api/metrics/guests/" + vmid,
				ChartSpec.GUEST, this.metrics.guest(vmid, MetricRange.H1)));
	}

	/** A storage's chart and fill forecast, for the overview's storage list. */
	public StorageOutlook storage(String node, String storage) {
		return cached("storage " + node + " " + storage, () -> outlook(node, storage));
	}

	private StorageOutlook outlook(String node, String storage) {
		ChartBlock block = block("charts-storage-" + node + "-" + storage,
				"/api/metrics/storages/" + segment(node) + "/" + segment(storage), ChartSpec.STORAGE,
				this.metrics.storage(node, storage, MetricRange.H1));
		Optional<StorageForecast> forecast = this.forecasts.of(node, storage);
		return StorageOutlook.of(block, forecast.orElse(null));
	}

	/**
	 * Built once per committed write of samples and locale: every open overview asks for
	 * the same blocks every few seconds, and they change only when samples are written.
	 */
	@SuppressWarnings("unchecked")
	private <T> T cached(String key, Supplier<T> build) {
		long version = this.metrics.version(); // before reading: see CommittedWrites
		List<Object> cacheKey = List.of(key, LocaleContextHolder.getLocale());
		Built hit = this.built.get(cacheKey);
		if (hit != null && hit.version() == version) {
			return (T) hit.value();
		}
		T value = build.get();
		this.built.put(cacheKey, new Built(version, value));
		return value;
	}

	private record Built(long version, Object value) {
	}

	private ChartBlock block(String id, String src, List<ChartSpec> specs, MetricSeries series) {
		return new ChartBlock(id.replaceAll("[^A-Za-z0-9_-]", "_"), src,
				specs.stream().map(spec -> chart(spec, series)).toList());
	}

	private Chart chart(ChartSpec spec, MetricSeries series) {
		List<String> labels = spec.fields.stream().map(f -> text("metrics.field." + f)).toList();
		List<Chart.FieldSummary> summaries = IntStream.range(0, spec.fields.size())
			.mapToObj(i -> summary(spec.unit, labels.get(i), spec.fields.get(i), series))
			.toList();
		return new Chart(spec.key, text("metrics.chart." + spec.key), spec.unit, spec.fields, labels, spec.ref,
				(spec.ref == null) ? null : text("metrics.field." + spec.ref), summaries);
	}

	/**
	 * Min and average of the averages; the max of the maxima where the tier keeps them.
	 */
	private Chart.FieldSummary summary(String unit, String label, String field, MetricSeries series) {
		Optional<Summary> avg = series.summary(field);
		if (avg.isEmpty()) {
			return new Chart.FieldSummary(label, null, null, null);
		}
		double max = series.summary(field + "_max").map(Summary::max).orElse(avg.get().max());
		return new Chart.FieldSummary(label, format(unit, avg.get().min()), format(unit, avg.get().avg()),
				format(unit, Math.max(max, avg.get().max())));
	}

	private String format(String unit, double value) {
		return switch (unit) {
			case "percent" -> this.fmt.percent(value);
			case "bytes" -> this.fmt.bytes(Math.round(value));
			default -> this.fmt.rate(value);
		};
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private static String segment(String id) {
		return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
	}

}
