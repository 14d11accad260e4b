package dev.pvedash.users;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Two-factor sign-in (docs/two-factor.md). {@code requiredForAdmins} sends an admin
 * without TOTP to enrolment right after the password. {@code maxFailures} wrong codes
 * within {@code window} make the account wait; {@code lockAfter} consecutive wrong codes
 * lock the codes until an admin unlocks them. The code step must follow the password
 * within {@code pendingTimeout}; account changes ask for the admin's password again when
 * the last check is older than {@code reauthAfter}.
 */
@ConfigurationProperties("pvedash.security.two-factor")
record TwoFactorProperties(@DefaultValue("false") boolean requiredForAdmins, @DefaultValue("5") int maxFailures,
		@DefaultValue("5m") Duration window, @DefaultValue("8") int lockAfter,
		@DefaultValue("5m") Duration pendingTimeout, @DefaultValue("5m") Duration reauthAfter) {

}
