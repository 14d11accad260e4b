package dev.pvedash.users;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where a login attempt leads, and the login time the absolute session lifetime counts
 * from.
 */
final class LoginOutcomeHandlers {

	private LoginOutcomeHandlers() {
	}

	static SavedRequestAwareAuthenticationSuccessHandler success(Clock clock) {
		return new SavedRequestAwareAuthenticationSuccessHandler() {
			{
				// the saved request is an absolute URL built from the Host header: keep
				// only its path
				setRedirectStrategy(RelativeRedirects.INSTANCE);
			}

			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws ServletException, IOException {
				request.getSession().setAttribute(SessionLifetimeFilter.AUTHENTICATED_AT, clock.instant());
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
	}

	/**
	 * Every wrong password, unknown or disabled user looks the same; only the throttle
	 * says more.
	 */
	static AuthenticationFailureHandler failure() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) -> {
			String target = (ex instanceof LoginThrottledException throttled)
					? "/login?throttled=" + throttled.retryAfterSeconds() + "&scope=" + throttled.scope()
					: "/login?error";
			response.sendRedirect(request.getContextPath() + target);
		};
	}

}
