package dev.pvedash.simulator;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One routed request with its path variables and PVE's parameter checks: a bad value is a
 * 400 "Parameter verification failed." with the problem keyed by parameter, worded as
 * PVE's JSONSchema words it.
 */
record Call(ApiRequest request, Principal principal, Map<String, String> vars) {

	String var(String name) {
		return this.vars.get(name);
	}

	@Nullable String param(String name) {
		String value = this.request.params().get(name);
		return (value == null || value.isEmpty()) ? null : value;
	}

	String required(String name) {
		String value = param(name);
		if (value == null) {
			throw ApiError.missing(name);
		}
		return value;
	}

	boolean flag(String name) {
		String value = param(name);
		if (value == null) {
			return false;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "1", "true", "yes", "on" -> true;
			case "0", "false", "no", "off" -> false;
			default -> throw ApiError.parameter(name, "type check ('boolean') failed - got '" + value + "'");
		};
	}

	@Nullable Integer integer(String name, int minimum) {
		String value = param(name);
		if (value == null) {
			return null;
		}
		int number = parseInt(name, value);
		if (number < minimum) {
			throw ApiError.parameter(name, "value must have a minimum value of " + minimum);
		}
		return number;
	}

	int vmid() {
		int vmid = parseInt("vmid", var("vmid"));
		if (vmid < 100) {
			throw ApiError.parameter("vmid", "value must have a minimum value of 100");
		}
		if (vmid > 999_999_999) {
			throw ApiError.parameter("vmid", "value must have a maximum value of 999999999");
		}
		return vmid;
	}

	/**
	 * Checks {@code value} of parameter {@code name} against an enumeration, e.g.
	 * {@code timeframe}.
	 */
	static String oneOf(String name, String value, String... allowed) {
		for (String candidate : allowed) {
			if (candidate.equals(value)) {
				return value;
			}
		}
		throw ApiError.parameter(name,
				"value '" + value + "' does not have a value in the enumeration '" + String.join(", ", allowed) + "'");
	}

	private static int parseInt(String name, String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw ApiError.parameter(name, "type check ('integer') failed - got '" + value + "'");
		}
	}

}
