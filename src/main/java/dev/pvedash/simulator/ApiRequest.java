package dev.pvedash.simulator;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One decoded request: {@code path} relative to {@code /api2/json} with each segment
 * percent-decoded, query and form/JSON body parameters merged (PVE accepts both on POST),
 * header names lower-case.
 */
record ApiRequest(String method, String path, Map<String, String> params, Map<String, String> headers,
		Map<String, String> cookies, boolean hasBody) {

	@Nullable String header(String name) {
		return this.headers.get(name.toLowerCase(java.util.Locale.ROOT));
	}

	boolean isRead() {
		return "GET".equals(this.method);
	}

}
