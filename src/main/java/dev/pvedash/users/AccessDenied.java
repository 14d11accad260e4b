package dev.pvedash.users;

import java.time.Instant;

/**
 * A signed-in user was refused (403): missing role, CSRF token or foreign origin.
 * Published for the audit log; path and reason are already safe for one line (control
 * characters encoded).
 *
 * @param method the HTTP method
 * @param path the request path as sent (percent-encoded)
 * @param reason why, in a few words
 */
public record AccessDenied(String actor, String clientAddress, String method, String path, String reason, Instant at) {

}
