package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import dev.pvedash.support.PveDashWebMvcTest;

/** The own-password page refuses with a reason and changes nothing (issue 2, point 4). */
@PveDashWebMvcTest
class AccountPasswordTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserRepository users;

	@Autowired
	PasswordEncoder encoder;

	@BeforeEach
	void account() {
		if (this.users.findByUsername("ivy").isEmpty()) {
			this.accounts.create(Actor.SYSTEM, "ivy", "ivys-password-1", Role.VIEWER);
		}
	}

	@Test
	void formIsShownWithLabelledFields() throws Exception {
		String html = this.mvc.perform(get("/account/password").with(user("ivy").roles("VIEWER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("for=\"currentPassword\"").contains("for=\"newPassword\"").contains("for=\"confirmPassword\"");
	}

	@Test
	void wrongCurrentPasswordIsRefused() throws Exception {
		assertThat(change("not-my-password", "ivys-password-2", "ivys-password-2"))
			.contains("The current password is wrong.");
		assertUnchanged();
	}

	@Test
	void mismatchedOrShortNewPasswordIsRefused() throws Exception {
		assertThat(change("ivys-password-1", "ivys-password-2", "ivys-password-3")).contains("The two passwords differ.");
		assertThat(change("ivys-password-1", "short", "short")).contains("The password needs 10 to 256 characters.");
		assertUnchanged();
	}

	private String change(String current, String next, String confirm) throws Exception {
		return this.mvc.perform(post("/account/password").with(user("ivy").roles("VIEWER")).with(csrf())
				.param("currentPassword", current).param("newPassword", next).param("confirmPassword", confirm))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private void assertUnchanged() {
		assertThat(this.encoder.matches("ivys-password-1", this.users.findByUsername("ivy").orElseThrow().passwordHash()))
			.isTrue();
	}

}
