package dev.pvedash.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers and their values, in one place: Spring Security writes them on
 * every answer that passes its filters (see users.SecurityConfiguration), and the answers
 * that never reach a filter (Tomcat's own 400s, firewall rejections) write them through
 * {@link #write}. The values are explained in docs/web-security.md.
 */
public final class SecurityHeaders {

	/**
	 * No inline script or style anywhere: everything comes from our own origin (htmx from
	 * the WebJar, app.js).
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	public static final String REFERRER_POLICY = "same-origin";

	/**
	 * What Spring Security's own cache-control writer sends (with Pragma and Expires for
	 * HTTP/1.0 caches).
	 */
	static final String CACHE_CONTROL = "no-cache, no-store, max-age=0, must-revalidate";

	/**
	 * Spring Security's default, sent only over HTTPS as it does (RFC 6797 §7.2: never
	 * over plain HTTP).
	 */
	static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000 ; includeSubDomains";

	private SecurityHeaders() {
	}

	/**
	 * For answers written outside Spring Security's filter chain; replaces whatever was
	 * set before.
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", REFERRER_POLICY);
		response.setHeader("Cache-Control", CACHE_CONTROL);
		response.setHeader("Pragma", "no-cache");
		response.setHeader("Expires", "0");
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
		}
	}

}
