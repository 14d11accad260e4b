package dev.pvedash.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What goes on the wire: status code, reason phrase, the JSON body ({@code null} means an
 * empty body, as PVE sends on 401) and extra headers such as the ticket cookie.
 */
record ApiResponse(int status, String reason, @Nullable Map<String, Object> body, Map<String, String> headers) {

	static ApiResponse ok(@Nullable Object data) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("data", data);
		return new ApiResponse(200, "OK", body, Map.of());
	}

	static ApiResponse of(ApiError error, ServedVersion version) {
		if (error.status() == 401) {
			return new ApiResponse(401, error.reason(), null, Map.of());
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("data", null);
		if (!error.errors().isEmpty()) {
			body.put("errors", error.errors());
		}
		if (version.errorMessageInBody()) {
			body.put("message", error.reason() + "\n");
		}
		return new ApiResponse(error.status(), error.reason(), body, Map.of());
	}

	ApiResponse withHeader(String name, String value) {
		Map<String, String> headers = new LinkedHashMap<>(this.headers);
		headers.put(name, value);
		return new ApiResponse(this.status, this.reason, this.body, headers);
	}

	/**
	 * Adds a top-level member next to {@code data}, e.g. {@code total} on the task list.
	 */
	ApiResponse with(String member, Object value) {
		Map<String, Object> body = new LinkedHashMap<>(this.body);
		body.put(member, value);
		return new ApiResponse(this.status, this.reason, body, this.headers);
	}

}
