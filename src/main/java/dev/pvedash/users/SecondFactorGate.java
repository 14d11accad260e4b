package dev.pvedash.users;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponseHeader;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Confines a session that has not finished signing in: one waiting for its code reaches
 * only the code page, an admin who must enrol only the enrolment page (plus assets,
 * sign-out and errors). Deny by default, so a page added later is covered without a rule
 * of its own. A page request is redirected there; an htmx call gets a full reload, the
 * JSON API a 401.
 */
class SecondFactorGate extends OncePerRequestFilter {

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	private static final RequestMatcher ALWAYS = new OrRequestMatcher(PATHS.matcher("/css/**"), PATHS.matcher("/js/**"),
			PATHS.matcher("/icons/**"), PATHS.matcher("/webjars/**"), PATHS.matcher("/favicon.ico"),
			PATHS.matcher("/error"), PATHS.matcher("/login"), PATHS.matcher("/logout"),
			PATHS.matcher("/actuator/health"));

	private static final RequestMatcher CODE_PAGE = PATHS.matcher("/login/code");

	private static final RequestMatcher ENROLMENT = new OrRequestMatcher(PATHS.matcher("/account/two-factor"),
			PATHS.matcher("/account/two-factor/**"));

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String target = null;
		if (SecurityContextHolder.getContext().getAuthentication() instanceof CodePendingAuthentication) {
			target = CODE_PAGE.matches(request) ? null : "/login/code";
		}
		else if (mustEnrol(request)) {
			target = ENROLMENT.matches(request) ? null : "/account/two-factor";
		}
		if (target == null || ALWAYS.matches(request)) {
			chain.doFilter(request, response);
		}
		else if (HtmxRequest.fromRequest(request).isHtmxRequest()) {
			response.setHeader(HtmxResponseHeader.HX_REFRESH.getValue(), "true");
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
		}
		else if (PATHS.matcher("/api/**").matches(request)) {
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
		}
		else {
			response.sendRedirect(request.getContextPath() + target);
		}
	}

	private static boolean mustEnrol(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && Boolean.TRUE.equals(session.getAttribute(SecondFactorLogin.ENROLMENT_REQUIRED));
	}

}
