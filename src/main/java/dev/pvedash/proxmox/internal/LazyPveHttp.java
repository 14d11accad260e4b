package dev.pvedash.proxmox.internal;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import dev.pvedash.proxmox.ProxmoxConnection;
import dev.pvedash.proxmox.ProxmoxNotConfiguredException;

/**
 * The {@link PveHttp} bean. It builds the real client on first use, not at startup: in
 * demo mode the simulator's port and certificate exist only once it has started, and a
 * bad setting then fails the call, not the app. Not configured, every call fails with
 * {@link ProxmoxNotConfiguredException}.
 */
public final class LazyPveHttp implements PveHttp, AutoCloseable {

	private final ProxmoxConnection connection;

	private final Supplier<String> secret;

	private final Clock clock;

	private WebClientPveHttp client;

	private boolean closed;

	/**
	 * {@code secret}: the token secret or password, asked for on first use like the rest
	 * of the connection.
	 */
	public LazyPveHttp(ProxmoxConnection connection, Supplier<String> secret, Clock clock) {
		this.connection = connection;
		this.secret = secret;
		this.clock = clock;
	}

	@Override
	public JsonNode get(String path, Map<String, ?> query) {
		return client().get(path, query);
	}

	@Override
	public JsonNode post(String path, Map<String, ?> form) {
		return client().post(path, form);
	}

	@Override
	public JsonNode delete(String path, Map<String, ?> query) {
		return client().delete(path, query);
	}

	private synchronized WebClientPveHttp client() {
		if (!this.connection.configured()) {
			throw new ProxmoxNotConfiguredException();
		}
		if (this.closed) {
			throw new ProxmoxNotConfiguredException("the Proxmox client has been shut down");
		}
		if (this.client == null) {
			this.client = new WebClientPveHttp(this.connection, this.secret.get(), this.clock);
		}
		return this.client;
	}

	@Override
	public synchronized void close() {
		this.closed = true;
		if (this.client != null) {
			this.client.close();
		}
	}

}
