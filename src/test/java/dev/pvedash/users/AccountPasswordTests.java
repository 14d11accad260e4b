package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The own-password page refuses with a reason and changes nothing (docs/sign-in.md). */
@UsersWebMvcTest
class AccountPasswordTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserRepository users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void account() {
		if (this.users.findByUsername("ivy").isEmpty()) {
			this.accounts.create(Actor.SYSTEM, "ivy", "Ivy-7-copper-meadow", Role.VIEWER);
		}
	}

	@Test
	void formIsShownWithLabelledFields() throws Exception {
		String html = assertThat(this.mvc.get().uri("/account/password").with(user("ivy").roles("VIEWER")))
			.hasStatusOk()
			.bodyText()
			.actual();
		assertThat(html).contains("for=\"currentPassword\"")
			.contains("for=\"newPassword\"")
			.contains("for=\"confirmPassword\"");
	}

	@Test
	void wrongCurrentPasswordIsRefused() throws Exception {
		assertThat(change("not-my-password", "Ivy-8-silver-canyon", "Ivy-8-silver-canyon"))
			.contains("The current password is wrong.");
		assertUnchanged();
	}

	@Test
	void mismatchedOrShortNewPasswordIsRefused() throws Exception {
		assertThat(change("Ivy-7-copper-meadow", "Ivy-8-silver-canyon", "Ivy-9-velvet-glacier"))
			.contains("The two passwords differ.");
		assertThat(change("Ivy-7-copper-meadow", "short", "short"))
			.contains("The password needs 10 to 256 characters.");
		assertUnchanged();
	}

	@Test
	void weakNewPasswordIsRefusedWithTheReason() throws Exception {
		assertThat(change("Ivy-7-copper-meadow", "password123", "password123")).contains("a very common password");
		assertUnchanged();
	}

	@Test
	void wrongCurrentPasswordsAreThrottledPerUserAndAddressAndAudited() throws Exception {
		this.accounts.create(Actor.SYSTEM, "ivan", "Ivan-2-harbor-quince", Role.VIEWER);
		for (int i = 0; i < 5; i++) {
			assertThat(change("ivan", "10.77.0.1", "guess-number-" + i, "Ivan-3-desert-lily"))
				.contains("The current password is wrong.");
		}
		// the right password is refused too while blocked, without being checked
		assertThat(change("ivan", "10.77.0.1", "Ivan-2-harbor-quince", "Ivan-3-desert-lily"))
			.contains("Too many wrong");
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where kind = 'PASSWORD_CHECK' and actor = 'ivan' "
					+ "and client_address = '10.77.0.1' and outcome = 'FAILURE'")
			.query(Integer.class)
			.single()).isEqualTo(6);
		// another address is not blocked
		assertThat(change("ivan", "10.77.0.2", "Ivan-2-harbor-quince", "Ivan-3-desert-lily")).isEmpty();
		assertThat(this.encoder.matches("Ivan-3-desert-lily",
				this.users.findByUsername("ivan").orElseThrow().passwordHash()))
			.isTrue();
	}

	/**
	 * The page as {@code username} from {@code address}; empty when the change was
	 * accepted (a redirect).
	 */
	private String change(String username, String address, String current, String next) throws Exception {
		return this.mvc.post()
			.uri("/account/password")
			.with(user(username).roles("VIEWER"))
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmPassword", next)
			.exchange()
			.getResponse()
			.getContentAsString();
	}

	private String change(String current, String next, String confirm) throws Exception {
		return assertThat(this.mvc.post()
			.uri("/account/password")
			.with(user("ivy").roles("VIEWER"))
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmPassword", confirm)).hasStatusOk().bodyText().actual();
	}

	private void assertUnchanged() {
		assertThat(this.encoder.matches("Ivy-7-copper-meadow",
				this.users.findByUsername("ivy").orElseThrow().passwordHash()))
			.isTrue();
	}

}
