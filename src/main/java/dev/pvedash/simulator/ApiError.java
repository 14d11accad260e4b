package dev.pvedash.simulator;

import java.util.Map;

/**
 * A failure answered the way PVE answers it: the status code and the reason phrase for
 * the status line, plus the per-parameter {@code errors} of a 400 (docs/proxmox-notes.md,
 * Errors).
 */
final class ApiError extends RuntimeException {

	private final int status;

	private final Map<String, String> errors;

	private ApiError(int status, String reason, Map<String, String> errors) {
		super(reason, null, false, false);
		this.status = status;
		this.errors = errors;
	}

	/**
	 * A handler's {@code die}: 500 with the text as reason, e.g. "VM 100 not running".
	 */
	static ApiError failed(String text) {
		return new ApiError(500, text, Map.of());
	}

	static ApiError parameter(String name, String problem) {
		return new ApiError(400, "Parameter verification failed.", Map.of(name, problem));
	}

	static ApiError missing(String name) {
		return parameter(name, "property is missing and it is not optional");
	}

	static ApiError unauthorized(String reason) {
		return new ApiError(401, reason, Map.of());
	}

	static ApiError forbidden(String path, String privileges) {
		return new ApiError(403, "Permission check failed (" + path + ", " + privileges + ")", Map.of());
	}

	static ApiError notImplemented(String method, String path) {
		return new ApiError(501, "Method '" + method + " " + path + "' not implemented", Map.of());
	}

	static ApiError status(int status, String reason) {
		return new ApiError(status, reason, Map.of());
	}

	int status() {
		return this.status;
	}

	String reason() {
		return getMessage();
	}

	Map<String, String> errors() {
		return this.errors;
	}

}
