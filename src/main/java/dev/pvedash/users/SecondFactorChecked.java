package dev.pvedash.users;

import java.time.Instant;

/**
 * Published for every second-step code checked at sign-in or re-authentication, for the
 * audit log.
 *
 * @param username whose code it was
 * @param clientAddress where it came from
 * @param outcome SUCCESS, FAILURE or LOCKED (this failure locked the authenticator codes)
 * @param detail what was checked and why it failed, never the code itself
 */
public record SecondFactorChecked(String username, String clientAddress, String outcome, String detail, Instant at) {
}
