package dev.pvedash.users;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/** Refuses a login attempt, whatever the password, while its pair, its address or its username is throttled. */
public class LoginThrottledException extends LockedException {

	private final Duration retryAfter;

	private final LoginThrottle.Scope scope;

	LoginThrottledException(Duration retryAfter, LoginThrottle.Scope scope) {
		super("Too many failed logins; retry after " + retryAfter.toSeconds() + " s");
		this.retryAfter = retryAfter;
		this.scope = scope;
	}

	/** What is throttled, for the audit log and the login page: "pair", "address" or "username". */
	public String scope() {
		return this.scope.name().toLowerCase(java.util.Locale.ROOT);
	}

	/** Whole seconds to wait, rounded up, at least one. */
	long retryAfterSeconds() {
		return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
