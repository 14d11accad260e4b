package dev.pvedash.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record NewUserForm(
		@NotBlank @Pattern(regexp = "(?i)" + Credentials.USERNAME_PATTERN,
				message = "{users.error.username}") String username,
		@Size(min = Credentials.PASSWORD_MIN, max = Credentials.PASSWORD_MAX,
				message = "{users.error.password}") String password,
		@NotNull Role role) {

	static NewUserForm empty() {
		return new NewUserForm("", null, Role.VIEWER);
	}

}
