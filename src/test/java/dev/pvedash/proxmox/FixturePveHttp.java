package dev.pvedash.proxmox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.pvedash.proxmox.ProxmoxException.Kind;
import dev.pvedash.proxmox.internal.PveHttp;

/**
 * A PVE that answers from fixture files under {@code src/test/resources/proxmox/} — each
 * a whole {@code {"data": …}} envelope, so the same files can later be served by
 * MockWebServer — and records every call so tests can assert the exact method, path and
 * parameters sent. Unknown paths fail like PVE does (501 "Method … not implemented").
 */
class FixturePveHttp implements PveHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, String> fixtures = new HashMap<>();

	private final List<Call> calls = new ArrayList<>();

	record Call(String method, String path, Map<String, String> params) {

		@Override
		public String toString() {
			return this.method + " " + this.path + (this.params.isEmpty() ? "" : " " + this.params);
		}

	}

	FixturePveHttp answer(String method, String path, String fixture) {
		this.fixtures.put(method + " " + path, fixture);
		return this;
	}

	List<Call> calls() {
		return List.copyOf(this.calls);
	}

	Call lastCall() {
		return this.calls.get(this.calls.size() - 1);
	}

	ProxmoxClient client() {
		return new ProxmoxClient(this);
	}

	@Override
	public JsonNode get(String path, Map<String, ?> query) {
		return exchange("GET", path, query);
	}

	@Override
	public JsonNode post(String path, Map<String, ?> form) {
		return exchange("POST", path, form);
	}

	@Override
	public JsonNode delete(String path, Map<String, ?> query) {
		return exchange("DELETE", path, query);
	}

	/** The {@code data} member of a fixture, for tests that map JSON directly. */
	static JsonNode data(String fixture) {
		try (InputStream in = FixturePveHttp.class.getResourceAsStream("/proxmox/" + fixture)) {
			if (in == null) {
				throw new IllegalStateException("No fixture " + fixture);
			}
			return JSON.readTree(in).get("data");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static JsonNode json(String text) {
		return JSON.readTree(text);
	}

	private JsonNode exchange(String method, String path, Map<String, ?> params) {
		Map<String, String> sent = new LinkedHashMap<>();
		params.forEach((name, value) -> sent.put(name, String.valueOf(value)));
		this.calls.add(new Call(method, path, sent));
		String fixture = this.fixtures.get(method + " " + path);
		if (fixture == null) {
			throw new ProxmoxException(Kind.SERVER, 501, "Method '" + method + " " + path + "' not implemented");
		}
		return data(fixture);
	}

}
