package dev.pvedash.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import dev.pvedash.guests.Vmid;

/**
 * The JSON the charts read (docs/metrics.md): every point carries every field, null for a
 * gap. Ids are checked with PVE's own formats; a well-formed id without history answers
 * 200 with gaps only.
 */
@RestController
@RequestMapping("/api/metrics")
class MetricsApiController {

	private static final Pattern NODE = Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?");

	private static final Pattern STORAGE = Pattern.compile("[a-zA-Z][a-zA-Z0-9._-]{0,98}[a-zA-Z0-9]");

	private final Metrics metrics;

	private final StorageForecasts forecasts;

	MetricsApiController(Metrics metrics, StorageForecasts forecasts) {
		this.metrics = metrics;
		this.forecasts = forecasts;
	}

	@GetMapping("/nodes/{node}")
	Map<String, Object> node(@PathVariable String node, @RequestParam(required = false) String range) {
		return json(this.metrics.node(node(node), range(range)));
	}

	@GetMapping("/guests/{vmid}")
	Map<String, Object> guest(@PathVariable Vmid vmid, @RequestParam(required = false) String range) {
		return json(this.metrics.guest(vmid.value(), range(range)));
	}

	@GetMapping("/storages/{node}/{storage}")
	Map<String, Object> storage(@PathVariable String node, @PathVariable String storage,
			@RequestParam(required = false) String range) {
		if (!STORAGE.matcher(storage).matches()) {
			throw new BadRequest(
					"Invalid storage ID '" + storage + "': a letter first, then letters, digits, '.', '_' or '-'");
		}
		Map<String, Object> json = json(this.metrics.storage(node(node), storage, range(range)));
		this.forecasts.of(node, storage).ifPresent((forecast) -> {
			Map<String, Object> part = new LinkedHashMap<>();
			part.put("state", forecast.state().name());
			part.put("fullInDays", forecast.fullInDays());
			json.put("forecast", part);
		});
		return json;
	}

	@ExceptionHandler(BadRequest.class)
	ResponseEntity<Map<String, String>> badRequest(BadRequest ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", ex.getMessage()));
	}

	/**
	 * The {@link Vmid} binding refused the path: the same rule as the pages, answered in
	 * this API's JSON.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, String>> badVmid(MethodArgumentTypeMismatchException ex) {
		return badRequest(
				new BadRequest("Invalid VM ID '" + ex.getValue() + "': a number from " + Vmid.MIN + " to " + Vmid.MAX));
	}

	private static String node(String node) {
		if (!NODE.matcher(node).matches()) {
			throw new BadRequest("Invalid node name '" + node + "': letters, digits and inner hyphens only");
		}
		return node;
	}

	private static MetricRange range(String word) {
		if (word == null || word.isEmpty()) {
			return MetricRange.H1;
		}
		return MetricRange.parse(word)
			.orElseThrow(() -> new BadRequest("Unknown range '" + word + "': use 1h, 24h, 7d, 30d or 1y"));
	}

	private static Map<String, Object> json(MetricSeries series) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("range", series.range().word());
		json.put("step", series.step());
		json.put("fields", series.fields());
		json.put("points", series.points().stream().map((point) -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("t", point.t());
			series.fields().forEach((field) -> item.put(field, point.values().get(field)));
			return item;
		}).toList());
		return json;
	}

	/** A request the API refuses with 400 and this message. */
	static final class BadRequest extends RuntimeException {

		BadRequest(String message) {
			super(message);
		}

	}

}
