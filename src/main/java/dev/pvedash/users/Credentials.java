package dev.pvedash.users;

import java.util.Locale;

/**
 * The rules for usernames and passwords in one place. Passwords are never truncated or
 * case-folded; the upper bound only keeps a single request from hashing megabytes.
 */
final class Credentials {

	static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._@-]{0,63}";

	static final int PASSWORD_MIN = 10;

	static final int PASSWORD_MAX = 256;

	private Credentials() {
	}

	/**
	 * Usernames are case-insensitive: "Admin" and "admin" are one account and one
	 * throttle key.
	 */
	static String normalizeUsername(String raw) {
		return (raw != null) ? raw.strip().toLowerCase(Locale.ROOT) : "";
	}

	static boolean validUsername(String normalized) {
		return normalized.matches(USERNAME_PATTERN);
	}

	static boolean validPassword(String raw) {
		return raw != null && raw.length() >= PASSWORD_MIN && raw.length() <= PASSWORD_MAX;
	}

}
