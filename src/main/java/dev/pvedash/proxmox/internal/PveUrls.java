package dev.pvedash.proxmox.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The PVE base URL is the one place where configuration decides where the app's token
 * goes, so it is held to a narrow shape (docs/security.md, item 18: SSRF): https, a host,
 * an optional port, nothing else. Messages never echo the value, which might carry a
 * password in its userinfo.
 */
public final class PveUrls {

	private PveUrls() {
	}

	/**
	 * {@code https://host[:port]}, without a trailing slash;
	 * {@link IllegalArgumentException} otherwise.
	 */
	public static URI baseUri(String raw, String setting) {
		URI uri;
		try {
			uri = new URI(raw.strip());
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(setting + " is not a valid URL; expected e.g. https://pve.lan:8006");
		}
		if (uri.getScheme() == null || !uri.getScheme().equalsIgnoreCase("https")) {
			throw new IllegalArgumentException(setting + " must start with https:// (PVE serves its API only over TLS;"
					+ " http:, file: and other schemes are refused)");
		}
		if (uri.isOpaque() || uri.getRawAuthority() == null) {
			throw new IllegalArgumentException(setting + " must name a host, e.g. https://pve.lan:8006");
		}
		if (uri.getRawUserInfo() != null) {
			throw new IllegalArgumentException(setting + " must not contain a user name or password;"
					+ " use PVEDASH_PROXMOX_TOKEN_ID and PVEDASH_PROXMOX_TOKEN_SECRET");
		}
		if (uri.getHost() == null) {
			throw new IllegalArgumentException(setting + " must name a valid host name or IP address");
		}
		String path = uri.getRawPath();
		if (!(path == null || path.isEmpty() || path.equals("/")) || uri.getRawQuery() != null
				|| uri.getRawFragment() != null) {
			throw new IllegalArgumentException(setting + " must be the server's base URL without a path, e.g."
					+ " https://pve.lan:8006 (the client adds /api2/json itself)");
		}
		try {
			return new URI("https", null, uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(), null, null, null);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(setting + " must name a valid host name or IP address");
		}
	}

}
