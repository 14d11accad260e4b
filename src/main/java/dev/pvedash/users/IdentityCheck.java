package dev.pvedash.users;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * "Is it really you?" for a signed-in user: their password, or a current code when they
 * have TOTP. The password goes through the sign-in's own AuthenticationManager, so the
 * login throttle applies and the attempt is audited like a sign-in; a code goes through
 * {@link SecondFactors}, with its throttle and audit. A 6-digit answer cannot be a
 * password (passwords have at least 10 characters).
 */
@Component
class IdentityCheck {

	private final AuthenticationManager authentication;

	private final SecondFactors factors;

	IdentityCheck(AuthenticationManager authentication, SecondFactors factors) {
		this.authentication = authentication;
		this.factors = factors;
	}

	boolean check(String username, String proof, HttpServletRequest request) {
		if (proof == null || proof.isBlank() || proof.length() > Credentials.PASSWORD_MAX) {
			return false;
		}
		String stripped = proof.strip();
		if (stripped.matches("\\d{6}") && this.factors.of(username).isPresent()) {
			return this.factors.verify(username, request.getRemoteAddr(), stripped).accepted();
		}
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
				proof);
		token.setDetails(new WebAuthenticationDetails(request));
		try {
			this.authentication.authenticate(token);
			return true;
		}
		catch (AuthenticationException ex) {
			return false;
		}
	}

}
