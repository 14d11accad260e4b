package dev.pvedash.users;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The address people open the dashboard at ({@code PVEDASH_BASE_URL}), optional: an
 * origin such as {@code https://dash.home.lan}. It is accepted as an origin for state
 * changes next to the request's own, and an https one gives the session cookie its
 * {@code __Host-} name and Secure flag (docs/web-security.md).
 *
 * @param origin {@code scheme://host[:port]} in lower case without a default port, or
 * null when not configured
 */
record BaseUrl(String origin) {

	static final BaseUrl NONE = new BaseUrl(null);

	static BaseUrl parse(String text) {
		if (text == null || text.isBlank()) {
			return NONE;
		}
		String origin = Origins.normalize(text.strip());
		if (origin == null || !hasNoPath(text.strip())) {
			throw new IllegalArgumentException(
					"PVEDASH_BASE_URL must be the address the dashboard is opened at, like https://dash.home.lan, not '"
							+ text + "'");
		}
		return new BaseUrl(origin);
	}

	boolean https() {
		return this.origin != null && this.origin.startsWith("https://");
	}

	private static boolean hasNoPath(String text) {
		try {
			URI uri = new URI(text);
			String path = uri.getRawPath();
			return (path == null || path.isEmpty() || path.equals("/")) && uri.getRawQuery() == null
					&& uri.getRawFragment() == null && uri.getRawUserInfo() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	@Override
	public String toString() {
		return (this.origin != null) ? this.origin.toLowerCase(Locale.ROOT) : "none";
	}

}
