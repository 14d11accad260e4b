package dev.pvedash.users;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a state-changing request may come from where the browser says it comes from
 * (OWASP ASVS 5.0 3.5.1, next to the CSRF token): its {@code Origin} must be the
 * request's own or the configured base URL. Without an Origin (older clients, scripts)
 * the request passes unless {@code Sec-Fetch-Site} names another site. Safe methods are
 * never checked.
 */
final class OriginCheck {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final BaseUrl baseUrl;

	OriginCheck(BaseUrl baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** Null when allowed, else why not (for the audit log). */
	String refusal(HttpServletRequest request) {
		if (SAFE_METHODS.contains(request.getMethod())) {
			return null;
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			String site = request.getHeader("Sec-Fetch-Site");
			return ("cross-site".equals(site) || "same-site".equals(site))
					? "sent from another site (Sec-Fetch-Site " + site + ")" : null;
		}
		String normalized = Origins.normalize(origin.strip());
		if (normalized != null
				&& (normalized.equals(Origins.ofRequest(request)) || normalized.equals(this.baseUrl.origin()))) {
			return null;
		}
		return "foreign origin " + origin;
	}

}
