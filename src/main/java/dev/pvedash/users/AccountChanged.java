package dev.pvedash.users;

import java.time.Instant;

/**
 * Published, inside the changing transaction, for every change to an account, so the
 * audit entry and the change commit or fail together.
 *
 * @param actor who made the change ("system" for the start-up seeding)
 * @param clientAddress the actor's client address, null for the system
 * @param username the account changed
 * @param change what happened
 * @param detail e.g. the new role, or null
 */
public record AccountChanged(String actor, String clientAddress, String username, Change change, String detail,
		Instant at) {

	public enum Change {

		CREATED, ROLE_CHANGED, DISABLED, ENABLED, PASSWORD_RESET, PASSWORD_CHANGED,
		/**
		 * Two-factor sign-in turned on, off by its owner, reset or unlocked by an admin
		 * (docs/two-factor.md).
		 */
		SECOND_FACTOR_ENABLED, SECOND_FACTOR_DISABLED, SECOND_FACTOR_RESET, SECOND_FACTOR_UNLOCKED,
		/**
		 * The admin switch "two-factor sign-in required for admins" changed; the username
		 * is the role.
		 */
		SECOND_FACTOR_POLICY

	}

}
