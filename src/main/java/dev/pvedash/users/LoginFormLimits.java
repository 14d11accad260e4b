package dev.pvedash.users;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the login: a username longer than any account can have, or a password
 * longer than any stored one, is refused with the usual "wrong username or password"
 * before the throttle stores or the encoder hashes anything (docs/sign-in.md, OWASP ASVS
 * 5.0 6.3.1). It still counts against the address, and the audit row carries the name cut
 * to the cap.
 */
class LoginFormLimits extends OncePerRequestFilter {

	private static final RequestMatcher LOGIN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private final int maxUsernameLength;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	LoginFormLimits(LoginProperties properties, LoginThrottle throttle, ApplicationEventPublisher events) {
		this.maxUsernameLength = properties.maxUsernameLength();
		this.throttle = throttle;
		this.events = events;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !LOGIN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = request.getParameter("username");
		String password = request.getParameter("password");
		boolean oversized = (username != null && username.length() > this.maxUsernameLength)
				|| (password != null && password.length() > Credentials.PASSWORD_MAX);
		if (!oversized) {
			chain.doFilter(request, response);
			return;
		}
		this.throttle.failedFromAddress(request.getRemoteAddr());
		String shown = (username == null || username.length() <= this.maxUsernameLength) ? username
				: username.substring(0, this.maxUsernameLength - 1) + "…";
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(shown, null);
		attempt.setDetails(new WebAuthenticationDetails(request));
		this.events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt,
				new BadCredentialsException("username or password longer than allowed")));
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

}
