package dev.pvedash.users;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Origins as browsers serialize them (RFC 6454 §6.2): {@code scheme://host} plus
 * {@code :port} unless it is the scheme's default, host in lower case, IPv6 literals in
 * brackets.
 */
final class Origins {

	private Origins() {
	}

	/**
	 * The origin of an http(s) URL or Origin header value; null for "null", lists and
	 * anything else.
	 */
	static String normalize(String text) {
		if (text == null) {
			return null;
		}
		try {
			URI uri = new URI(text);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
			if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null) {
				return null;
			}
			return of(scheme, uri.getHost(), uri.getPort());
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	/**
	 * The origin the request was sent to: its scheme (set by Tomcat, or a trusted proxy)
	 * and its Host header.
	 */
	static String ofRequest(HttpServletRequest request) {
		return of(request.getScheme().toLowerCase(Locale.ROOT), request.getServerName(), request.getServerPort());
	}

	private static String of(String scheme, String host, int port) {
		String name = host.toLowerCase(Locale.ROOT);
		if (name.contains(":") && !name.startsWith("[")) {
			name = "[" + name + "]";
		}
		boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
				|| ("https".equals(scheme) && port == 443);
		return scheme + "://" + name + (defaultPort ? "" : ":" + port);
	}

}
