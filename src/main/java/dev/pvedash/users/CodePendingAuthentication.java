package dev.pvedash.users;

import java.time.Instant;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * "Password right, code pending": what the session holds between the two sign-in steps of
 * a user with TOTP. It carries no authority at all and reports itself unauthenticated, so
 * every role rule, every {@code sec:authorize} and {@code isAuthenticated()} treat the
 * session as signed out; the roles are loaded afresh from the database only once the code
 * is accepted.
 *
 * <p>
 * Why not Spring Security 7's multi-factor support
 * ({@code @EnableMultiFactorAuthentication}, {@code FactorGrantedAuthority}): there the
 * password step already yields an Authentication with the user's roles plus a password
 * factor, and every rule must additionally demand a second factor. Making that per user
 * (only those who enrolled) needs a custom AuthorizationManagerFactory reading the
 * database on each decision, TOTP needs a filter of our own anyway (Spring ships none),
 * and a half signed-in session would still carry ROLE_ADMIN for anything that checks
 * roles without the factory (templates, the audit's actor). An explicit state without
 * roles is smaller and fails closed.
 */
class CodePendingAuthentication extends AbstractAuthenticationToken {

	private final String username;

	private final Instant passwordCheckedAt;

	CodePendingAuthentication(String username, Object details, Instant passwordCheckedAt) {
		super(List.of());
		this.username = username;
		this.passwordCheckedAt = passwordCheckedAt;
		setDetails(details);
		super.setAuthenticated(false);
	}

	Instant passwordCheckedAt() {
		return this.passwordCheckedAt;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return this.username;
	}

	@Override
	public void setAuthenticated(boolean authenticated) {
		if (authenticated) {
			throw new IllegalArgumentException("a pending second step never becomes authenticated");
		}
		super.setAuthenticated(false);
	}

}
