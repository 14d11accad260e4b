package dev.pvedash.audit;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import dev.pvedash.users.AccountChanged;
import dev.pvedash.users.LoginThrottledException;
import dev.pvedash.users.PasswordCheckFailed;

/**
 * Turns login outcomes and account changes into audit rows. Listeners are synchronous on
 * purpose: an account change and its audit row share one transaction.
 */
@Component
class AuditRecorder {

	private final AuditRepository repository;

	private final Clock clock;

	AuditRecorder(AuditRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@EventListener
	void loginSucceeded(AuthenticationSuccessEvent event) {
		Authentication auth = event.getAuthentication();
		this.repository.append(this.clock.instant(), auth.getName(), address(auth), AuditKind.LOGIN, null,
				AuditOutcome.SUCCESS, null);
	}

	@EventListener
	void loginFailed(AbstractAuthenticationFailureEvent event) {
		Authentication auth = event.getAuthentication();
		this.repository.append(this.clock.instant(), auth.getName(), address(auth), AuditKind.LOGIN, null,
				AuditOutcome.FAILURE, reason(event));
	}

	@EventListener
	void passwordCheckFailed(PasswordCheckFailed event) {
		this.repository.append(event.at(), event.username(), event.clientAddress(), AuditKind.PASSWORD_CHECK, null,
				AuditOutcome.FAILURE, event.reason());
	}

	@EventListener
	void accountChanged(AccountChanged event) {
		this.repository.append(event.at(), event.actor(), event.clientAddress(), AuditKind.of(event.change()),
				event.username(), AuditOutcome.SUCCESS, event.detail());
	}

	private static String reason(AbstractAuthenticationFailureEvent event) {
		if (event.getException() instanceof LoginThrottledException throttled) {
			return "throttled (" + throttled.scope() + "), " + throttled.retryAfter().toSeconds() + " s left";
		}
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			return "wrong username or password";
		}
		if (event instanceof AuthenticationFailureDisabledEvent) {
			return "account disabled";
		}
		return "refused";
	}

	private static String address(Authentication auth) {
		return (auth.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress() : null;
	}

}
