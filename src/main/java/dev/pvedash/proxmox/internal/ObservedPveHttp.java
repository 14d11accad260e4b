package dev.pvedash.proxmox.internal;

import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import dev.pvedash.proxmox.ProxmoxException;

/**
 * Notes every request's outcome for the health component; the call itself passes through
 * unchanged.
 */
public final class ObservedPveHttp implements PveHttp {

	private final PveHttp delegate;

	private final RequestOutcomes outcomes;

	public ObservedPveHttp(PveHttp delegate, RequestOutcomes outcomes) {
		this.delegate = delegate;
		this.outcomes = outcomes;
	}

	@Override
	public JsonNode get(String path, Map<String, ?> query) {
		return observe(() -> this.delegate.get(path, query));
	}

	@Override
	public JsonNode post(String path, Map<String, ?> form) {
		return observe(() -> this.delegate.post(path, form));
	}

	@Override
	public JsonNode delete(String path, Map<String, ?> query) {
		return observe(() -> this.delegate.delete(path, query));
	}

	private JsonNode observe(Supplier<JsonNode> call) {
		try {
			JsonNode data = call.get();
			this.outcomes.succeeded();
			return data;
		}
		catch (ProxmoxException ex) {
			this.outcomes.failed(ex);
			throw ex;
		}
	}

}
