package dev.pvedash.users;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin, created from PVEDASH_ADMIN_USERNAME / PVEDASH_ADMIN_PASSWORD only
 * while no account exists.
 */
@ConfigurationProperties("pvedash.admin")
record AdminProperties(String username, String password) {

	boolean isComplete() {
		return this.username != null && !this.username.isBlank() && this.password != null && !this.password.isEmpty();
	}

	boolean isPartial() {
		return !isComplete() && ((this.username != null && !this.username.isBlank())
				|| (this.password != null && !this.password.isEmpty()));
	}

}
