package dev.pvedash.proxmox;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Connections as the app resolves them from its properties, for the transport tests in
 * {@code proxmox.internal}, and the two things of a connection only the transport and the
 * tests may touch: its secret and sub-second timeouts.
 */
public final class TestConnections {

	private TestConnections() {
	}

	public static ProxmoxConnection token(String url, String tokenId, String secret, @Nullable String fingerprint,
			@Nullable String caFile) {
		return ProxmoxConnection
			.resolve(new ProxmoxProperties(url, tokenId, secret, null, null, fingerprint, caFile, null, null), null);
	}

	public static ProxmoxConnection ticket(String url, String username, String password, @Nullable String fingerprint) {
		return ProxmoxConnection
			.resolve(new ProxmoxProperties(url, null, null, username, password, fingerprint, null, null, null), null);
	}

	public static ProxmoxConnection withTimeouts(ProxmoxConnection connection, Duration connect, Duration read) {
		return connection.withTimeouts(connect, read);
	}

	public static String secret(ProxmoxConnection connection) {
		return connection.secret();
	}

}
