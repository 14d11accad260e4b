package dev.pvedash.users;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/** Refuses a login attempt, whatever the password, while its (username, address) pair is throttled. */
public class LoginThrottledException extends LockedException {

	private final Duration retryAfter;

	LoginThrottledException(Duration retryAfter) {
		super("Too many failed logins; retry after " + retryAfter.toSeconds() + " s");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
