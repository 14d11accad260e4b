package dev.pvedash.users;

import java.time.Instant;

/**
 * Published when someone signed in gives a wrong current password (or is throttled before
 * it is checked) on the own-password page, for the audit log (OWASP ASVS 5.0 16.3.1). It
 * commits even though the change is refused.
 *
 * @param username the signed-in user whose password was asked
 * @param clientAddress where the attempt came from
 * @param reason e.g. "wrong current password"
 */
public record PasswordCheckFailed(String username, String clientAddress, String reason, Instant at) {
}
