package dev.pvedash.users;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the throttle before the password is even looked at, so a blocked client learns
 * nothing from a correct guess and costs no PBKDF2 (docs/sign-in.md), then counts the
 * outcome.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		LoginThrottle.Key key = key(authentication);
		LoginThrottle.Refusal refusal = this.throttle.check(key).orElse(null);
		if (refusal != null) {
			throw new LoginThrottledException(refusal);
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.succeeded(key);
			return result;
		}
		catch (AuthenticationException ex) {
			this.throttle.failed(key);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	static LoginThrottle.Key key(Authentication authentication) {
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : "unknown";
		return LoginThrottle.Key.of(authentication.getName(), address);
	}

}
