package dev.pvedash.simulator;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.netty.handler.codec.http.QueryStringDecoder;
import reactor.netty.http.server.HttpServerRequest;
import tools.jackson.databind.JsonNode;

/**
 * Netty request to {@link ApiRequest}: strips {@code /api2/json}, percent-decodes each
 * path segment (UPIDs arrive with {@code %3A}, {@code %40}, {@code %21}), merges query
 * and body parameters, and reads the body as a form or, with
 * {@code Content-Type: application/json}, as a JSON object (docs/proxmox-notes.md,
 * Envelope and values).
 */
final class RequestDecoder {

	static final String PREFIX = "/api2/json";

	private RequestDecoder() {
	}

	static ApiRequest decode(HttpServerRequest request, String body) {
		String uri = request.uri();
		int query = uri.indexOf('?');
		String rawPath = (query < 0) ? uri : uri.substring(0, query);
		Map<String, String> params = new LinkedHashMap<>();
		first(new QueryStringDecoder(uri).parameters(), params);
		Map<String, String> headers = new HashMap<>();
		request.requestHeaders().forEach(h -> headers.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
		String contentType = headers.getOrDefault("content-type", "");
		if (!body.isEmpty()) {
			if (contentType.startsWith("application/json")) {
				json(body, params);
			}
			else {
				first(new QueryStringDecoder(body, StandardCharsets.UTF_8, false).parameters(), params);
			}
		}
		return new ApiRequest(request.method().name(), path(rawPath), params, headers, cookies(headers.get("cookie")),
				!body.isEmpty());
	}

	static boolean isApi(String uri) {
		return uri.equals(PREFIX) || uri.startsWith(PREFIX + "/") || uri.startsWith(PREFIX + "?");
	}

	/** The path below {@code /api2/json}. */
	private static String path(String rawPath) {
		StringBuilder decoded = new StringBuilder();
		for (String segment : rawPath.substring(PREFIX.length()).split("/")) {
			if (!segment.isEmpty()) {
				decoded.append('/').append(Percent.decode(segment));
			}
		}
		return decoded.isEmpty() ? "/" : decoded.toString();
	}

	private static void first(Map<String, List<String>> decoded, Map<String, String> params) {
		decoded.forEach((name, values) -> params.put(name, values.get(0)));
	}

	private static void json(String body, Map<String, String> params) {
		try {
			JsonNode tree = WireJson.MAPPER.readTree(body);
			tree.properties().forEach(entry -> {
				JsonNode value = entry.getValue();
				String text = value.isBoolean() ? (value.booleanValue() ? "1" : "0") : value.asString();
				params.put(entry.getKey(), text);
			});
		}
		catch (RuntimeException ex) {
			// not an object: no parameters, so the handler reports the missing ones as
			// PVE would
		}
	}

	private static Map<String, String> cookies(String header) {
		Map<String, String> cookies = new HashMap<>();
		if (header == null) {
			return cookies;
		}
		for (String pair : header.split(";")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				cookies.put(pair.substring(0, eq).strip(), Percent.decode(pair.substring(eq + 1).strip()));
			}
		}
		return cookies;
	}

}
