package dev.pvedash.users;

import jakarta.validation.constraints.Size;

/**
 * A new password typed twice; {@code currentPassword} is only asked on the own-password
 * page.
 */
record PasswordForm(String currentPassword, @Size(min = Credentials.PASSWORD_MIN, max = Credentials.PASSWORD_MAX,
		message = "{users.error.password}") String newPassword, String confirmPassword) {

	boolean confirmed() {
		return this.newPassword != null && this.newPassword.equals(this.confirmPassword);
	}

}
