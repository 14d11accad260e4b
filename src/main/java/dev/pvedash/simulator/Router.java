package dev.pvedash.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Maps method and path to a handler. Patterns are {@code /}-separated with {@code {name}}
 * for one segment. A path without a matching route, or with routes for other methods
 * only, is PVE's 501 "Method 'GET /foo' not implemented".
 */
final class Router {

	@FunctionalInterface
	interface Handler {

		/** Returns the envelope's {@code data} (or a complete {@link ApiResponse}). */
		@Nullable Object handle(Call call);

	}

	private record Route(String method, String[] segments, Handler handler) {
	}

	private final List<Route> routes = new ArrayList<>();

	void get(String pattern, Handler handler) {
		add("GET", pattern, handler);
	}

	void post(String pattern, Handler handler) {
		add("POST", pattern, handler);
	}

	void put(String pattern, Handler handler) {
		add("PUT", pattern, handler);
	}

	void delete(String pattern, Handler handler) {
		add("DELETE", pattern, handler);
	}

	private void add(String method, String pattern, Handler handler) {
		this.routes.add(new Route(method, segments(pattern), handler));
	}

	@Nullable Object dispatch(ApiRequest request, Principal principal) {
		String[] path = segments(request.path());
		for (Route route : this.routes) {
			Map<String, String> vars = match(route.segments(), path);
			if (vars != null && route.method().equals(request.method())) {
				return route.handler().handle(new Call(request, principal, vars));
			}
		}
		throw ApiError.notImplemented(request.method(), request.path());
	}

	private static @Nullable Map<String, String> match(String[] pattern, String[] path) {
		if (pattern.length != path.length) {
			return null;
		}
		Map<String, String> vars = new HashMap<>();
		for (int i = 0; i < pattern.length; i++) {
			if (pattern[i].startsWith("{")) {
				vars.put(pattern[i].substring(1, pattern[i].length() - 1), path[i]);
			}
			else if (!pattern[i].equals(path[i])) {
				return null;
			}
		}
		return vars;
	}

	private static String[] segments(String path) {
		String trimmed = path.replaceAll("^/+|/+$", "");
		return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
	}

}
