package dev.pvedash.users;

import java.time.Instant;

/**
 * Published for every second-step code checked at sign-in or re-authentication, for the
 * audit log.
 *
 * @param username whose code it was
 * @param clientAddress where it came from
 * @param outcome how the check went
 * @param detail what was checked and why it failed, never the code itself
 */
public record SecondFactorChecked(String username, String clientAddress, Outcome outcome, String detail, Instant at) {

	public enum Outcome {

		SUCCESS, FAILURE,
		/** This failure locked the authenticator codes. */
		LOCKED

	}

}
