package dev.pvedash.users;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Enforces the absolute session lifetime, counted from login (the idle timeout is the
 * container's). An over-age session is invalidated and the request continues anonymous,
 * so the normal rules apply: a page redirects to the login page, an htmx request gets
 * HX-Refresh.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	static final String AUTHENTICATED_AT = SessionLifetimeFilter.class.getName() + ".AUTHENTICATED_AT";

	private final SessionProperties properties;

	private final Clock clock;

	SessionLifetimeFilter(SessionProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(AUTHENTICATED_AT) instanceof Instant at
				&& !this.clock.instant().isBefore(at.plus(this.properties.absoluteLifetime()))) {
			session.invalidate();
			SecurityContextHolder.clearContext();
		}
		chain.doFilter(request, response);
	}

}
