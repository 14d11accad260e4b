package dev.pvedash.proxmox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import dev.pvedash.proxmox.ProxmoxException.Kind;

/**
 * Reads PVE's loosely typed JSON (docs/proxmox-notes.md, Envelope and values) for every
 * record of this package, with one convention: a field PVE omitted, sent as {@code null}
 * or as {@code ""} becomes {@code null} in Java, never 0 — absent is not zero. Records
 * therefore use nullable boxed types, marked {@code @Nullable}. The exception are flags
 * whose absence PVE itself defines as "off" ({@code template}, {@code protection},
 * {@code onboot}, {@code shared}, …): records expose those as primitive booleans. Numbers
 * may arrive as numbers or numeric strings, booleans as
 * {@code 0/1/"0"/"1"/true/false/""}, and unknown fields are ignored. A value of a kind
 * PVE never sends (an object where a number belongs, {@code "abc"} for a count) is a
 * {@link Kind#PROTOCOL} error rather than a silent null, so a changed API shows up
 * instead of blank cells.
 */
final class PveValues {

	private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

	private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

	private PveValues() {
	}

	static @Nullable String string(JsonNode object, String field) {
		JsonNode value = scalar(object, field);
		if (value == null) {
			return null;
		}
		String text = value.asString();
		return text.isEmpty() ? null : text;
	}

	static String requiredString(JsonNode object, String field) {
		String value = string(object, field);
		if (value == null) {
			throw protocol("missing '" + field + "'");
		}
		return value;
	}

	static @Nullable Double decimal(JsonNode object, String field) {
		return decimalOf(scalar(object, field), field);
	}

	/** One array element, such as a {@code loadavg} entry. */
	static @Nullable Double decimalOf(@Nullable JsonNode value, String field) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isContainer()) {
			throw protocol("'" + field + "' should be a plain value but is " + value);
		}
		if (value.isNumber()) {
			return value.doubleValue();
		}
		String text = value.asString().trim();
		if (text.isEmpty()) {
			return null;
		}
		if (!DECIMAL.matcher(text).matches()) {
			throw protocol("'" + field + "' is not a number: " + value);
		}
		return Double.valueOf(text);
	}

	static @Nullable Long whole(JsonNode object, String field) {
		JsonNode value = scalar(object, field);
		if (value != null && value.isIntegralNumber()) {
			return value.longValue();
		}
		if (value != null && value.isString() && INTEGER.matcher(value.asString().trim()).matches()) {
			return Long.valueOf(value.asString().trim());
		}
		// byte counters come as floats from rrddata and as "123.0" from older encoders
		Double number = decimal(object, field);
		return (number != null) ? Math.round(number) : null;
	}

	static @Nullable Integer integer(JsonNode object, String field) {
		Long value = whole(object, field);
		if (value == null) {
			return null;
		}
		if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
			throw protocol("'" + field + "' out of range: " + value);
		}
		return value.intValue();
	}

	static int requiredInt(JsonNode object, String field) {
		Integer value = integer(object, field);
		if (value == null) {
			throw protocol("missing '" + field + "'");
		}
		return value;
	}

	static @Nullable Boolean bool(JsonNode object, String field) {
		JsonNode value = scalar(object, field);
		if (value == null) {
			return null;
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (value.isNumber()) {
			return value.doubleValue() != 0;
		}
		return switch (value.asString().trim().toLowerCase(Locale.ROOT)) {
			case "", "0", "false" -> false;
			case "1", "true" -> true;
			default -> throw protocol("'" + field + "' is not a boolean: " + value);
		};
	}

	/** A flag whose absence means "off" in PVE. */
	static boolean flag(JsonNode object, String field) {
		return Boolean.TRUE.equals(bool(object, field));
	}

	/**
	 * Epoch seconds; PVE writes 0 for "unknown" (e.g. {@code snaptime}), which stays
	 * unknown here.
	 */
	static @Nullable Instant epoch(JsonNode object, String field) {
		Long seconds = whole(object, field);
		return (seconds == null || seconds == 0) ? null : Instant.ofEpochSecond(seconds);
	}

	/**
	 * PVE writes {@code ;} between tags; older configs and hand edits use {@code ,} or
	 * spaces.
	 */
	static List<String> tags(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.trim().split("[;,\\s]+")).filter((tag) -> !tag.isEmpty()).toList();
	}

	/** Comma lists such as storage {@code content}, in PVE's order. */
	static Set<String> commaSet(@Nullable String text) {
		Set<String> items = new LinkedHashSet<>();
		if (text != null) {
			for (String item : text.split(",")) {
				if (!item.isBlank()) {
					items.add(item.trim());
				}
			}
		}
		return Collections.unmodifiableSet(items);
	}

	static JsonNode object(JsonNode data, String what) {
		if (data == null || !data.isObject()) {
			throw protocol("expected an object for " + what + " but got " + data);
		}
		return data;
	}

	static <T> List<T> list(JsonNode data, String what, Function<JsonNode, T> mapper) {
		if (data == null || !data.isArray()) {
			throw protocol("expected an array for " + what + " but got " + data);
		}
		List<T> items = new ArrayList<>(data.size());
		for (JsonNode item : data) {
			items.add(mapper.apply(object(item, what)));
		}
		return List.copyOf(items);
	}

	static ProxmoxException protocol(String message) {
		return new ProxmoxException(Kind.PROTOCOL, 0, message);
	}

	private static @Nullable JsonNode scalar(JsonNode object, String field) {
		JsonNode value = object.get(field);
		if (value == null || value.isNull() || value.isMissingNode()) {
			return null;
		}
		if (value.isContainer()) {
			throw protocol("'" + field + "' should be a plain value but is " + value);
		}
		return value;
	}

}
