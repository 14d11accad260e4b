package dev.pvedash.users;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * Refuses a login attempt, whatever the password, while its pair, its address or its
 * username is throttled.
 */
public class LoginThrottledException extends LockedException {

	private final LoginThrottle.Refusal refusal;

	LoginThrottledException(LoginThrottle.Refusal refusal) {
		super("Too many failed logins; retry after " + refusal.seconds() + " s");
		this.refusal = refusal;
	}

	/**
	 * What is throttled, for the audit log and the login page: "pair", "address" or
	 * "username".
	 */
	public String scope() {
		return this.refusal.scopeName();
	}

	/** Whole seconds to wait, rounded up, at least one. */
	long retryAfterSeconds() {
		return this.refusal.seconds();
	}

	public Duration retryAfter() {
		return this.refusal.retryAfter();
	}

}
