package dev.pvedash.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record SetupForm(@NotBlank String token,
		@NotBlank @Pattern(regexp = "(?i)" + Credentials.USERNAME_PATTERN,
				message = "{users.error.username}") String username,
		@Size(min = Credentials.PASSWORD_MIN, max = Credentials.PASSWORD_MAX,
				message = "{users.error.password}") String password,
		String confirmPassword) {

	boolean passwordsMatch() {
		return this.password != null && this.password.equals(this.confirmPassword);
	}

}
