package dev.pvedash.users;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Whether a second-step code may be checked now, from the wrong codes since the last
 * accepted one. Keyed by account, not by address: whoever reaches this step already knows
 * the password, so the address protects nothing. A pure function, so its table of cases
 * is a plain unit test.
 */
final class CodeThrottle {

	enum State {

		/** The code is checked. */
		OPEN,
		/** Too many wrong codes in the window: wait. */
		WAIT,
		/**
		 * Too many wrong codes in a row: authenticator codes are refused until an admin
		 * unlocks them.
		 */
		LOCKED

	}

	record Verdict(State state, Duration waitFor) {

		static final Verdict OPEN = new Verdict(State.OPEN, Duration.ZERO);

	}

	private CodeThrottle() {
	}

	static Verdict judge(List<Instant> failures, boolean locked, Instant now, TwoFactorProperties limits) {
		if (locked) {
			return new Verdict(State.LOCKED, Duration.ZERO);
		}
		Instant windowStart = now.minus(limits.window());
		List<Instant> recent = failures.stream().filter(at -> at.isAfter(windowStart)).sorted().toList();
		if (recent.size() >= limits.maxFailures()) {
			// free again once the oldest failure that keeps the count at the limit leaves
			// the window
			Instant freeAt = recent.get(recent.size() - limits.maxFailures()).plus(limits.window());
			return new Verdict(State.WAIT, Duration.between(now, freeAt));
		}
		return Verdict.OPEN;
	}

	/** After a wrong code: {@code consecutive} counts it already. */
	static boolean locksNow(int consecutive, TwoFactorProperties limits) {
		return consecutive >= limits.lockAfter();
	}

}
