package dev.pvedash.users;

import java.time.Instant;

/**
 * A stored account. The hash carries its encoder id, so the algorithm can change without
 * a migration.
 */
record UserAccount(long id, String username, String passwordHash, Role role, boolean enabled, Instant createdAt) {
}
