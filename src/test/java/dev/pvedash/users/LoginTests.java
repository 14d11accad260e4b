package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The real login form against stored accounts: session rotation, throttling per (user,
 * address), no enumeration, and sessions ended on the server (docs/sign-in.md;
 * docs/security.md #1, #6 to #9).
 */
@UsersWebMvcTest
class LoginTests {

	static final String PASSWORD = "Zq8-lantern-orbit-x";

	/** Over 100 characters: everything past byte 72 must still count. */
	static final String LONG_PASSPHRASE = "Seven quiet otters juggled amber lanterns beneath the crooked viaduct while forty herons argued about tide tables";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Test
	void loginRotatesTheSessionIdAndLandsOnTheOverview() throws Exception {
		create("rotor", Role.VIEWER);
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult result = assertThat(this.mvc.perform(login("rotor", PASSWORD, "10.0.0.1").session(session)))
			.hasRedirectedUrl("/")
			.actual()
			.getMvcResult();
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
	}

	@Test
	void unknownUserAndWrongPasswordLookTheSame() throws Exception {
		create("known", Role.VIEWER);
		assertThat(this.mvc.perform(login("known", "wrong-password!", "10.0.0.9"))).hasRedirectedUrl("/login?error");
		assertThat(this.mvc.perform(login("nobody", "wrong-password!", "10.0.0.9"))).hasRedirectedUrl("/login?error");
		assertThat(this.mvc.perform(login("admin", "admin", "10.0.0.9"))).hasRedirectedUrl("/login?error");
	}

	@Test
	void usernamesAreCaseInsensitive() throws Exception {
		create("casey", Role.VIEWER);
		assertThat(this.mvc.perform(login("  Casey ", PASSWORD, "10.0.0.8"))).hasRedirectedUrl("/");
	}

	@Test
	void fiveFailuresBlockThatAddressOnlyEvenWithTheRightPassword() throws Exception {
		create("target", Role.ADMIN);
		for (int i = 0; i < 5; i++) {
			assertThat(this.mvc.perform(login("target", "wrong-password-" + i, "10.0.0.2")))
				.hasRedirectedUrl("/login?error");
		}
		assertThat(this.mvc.perform(login("target", "wrong-password-6", "10.0.0.2"))).redirectedUrl()
			.matchesAntPattern("/login?throttled=*");
		MvcTestResult blocked = this.mvc.perform(login("target", PASSWORD, "10.0.0.2"));
		assertThat(blocked).redirectedUrl().matchesAntPattern("/login?throttled=*");
		long seconds = Long.parseLong(blocked.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
		assertThat(seconds).isBetween(290L, 300L);
		// the same user from another address is not locked out
		assertThat(this.mvc.perform(login("target", PASSWORD, "10.0.0.3"))).hasRedirectedUrl("/");
	}

	@Test
	void throttledLoginPageSaysHowLongToWait() throws Exception {
		assertThat(this.mvc.get().uri("/login").param("throttled", "272")).hasStatusOk()
			.bodyText()
			.contains("Wait 4 min 32 s");
	}

	@Test
	void longPasswordsWorkUntruncated() throws Exception {
		String longPassword = LONG_PASSPHRASE + "!";
		this.accounts.create(Actor.SYSTEM, "longpass", longPassword, Role.VIEWER);
		assertThat(this.mvc.perform(login("longpass", longPassword, "10.0.0.4"))).hasRedirectedUrl("/");
		// bcrypt would ignore everything after byte 72; PBKDF2 does not
		assertThat(this.mvc.perform(login("longpass", LONG_PASSPHRASE + "?", "10.0.0.4")))
			.hasRedirectedUrl("/login?error");
	}

	@Test
	void disablingAUserEndsTheirSessions() throws Exception {
		UserAccount user = create("leaver", Role.OPERATOR);
		MockHttpSession session = loggedIn("leaver", "10.0.0.5");
		assertThat(this.mvc.get().uri("/").session(session)).hasStatusOk();
		this.accounts.setEnabled(new Actor("admin", "10.0.0.6", null), user.id(), false);
		assertThat(this.mvc.get().uri("/").session(session)).hasRedirectedUrl("/login?expired");
		assertThat(this.mvc.perform(login("leaver", PASSWORD, "10.0.0.5"))).hasRedirectedUrl("/login?error");
	}

	@Test
	void changingTheOwnPasswordEndsOnlyTheOtherSessions() throws Exception {
		create("mover", Role.VIEWER);
		MockHttpSession phone = loggedIn("mover", "10.0.0.7");
		MockHttpSession laptop = loggedIn("mover", "10.0.0.7");
		assertThat(this.mvc.post()
			.uri("/account/password")
			.session(laptop)
			.with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", "Mv4-harbor-tundra-q")
			.param("confirmPassword", "Mv4-harbor-tundra-q")).hasRedirectedUrl("/account/password");
		assertThat(this.mvc.get().uri("/").session(laptop)).hasStatusOk();
		assertThat(this.mvc.get().uri("/").session(phone)).hasRedirectedUrl("/login?expired");
	}

	@Test
	void sessionEndsAfterItsAbsoluteLifetimeWhateverTheActivity() throws Exception {
		create("marathon", Role.VIEWER);
		MockHttpSession session = loggedIn("marathon", "10.0.0.10");
		assertThat(this.mvc.get().uri("/").session(session)).hasStatusOk();
		session.setAttribute(SessionLifetimeFilter.AUTHENTICATED_AT, Instant.now().minusSeconds(12 * 3600 + 1));
		assertThat(this.mvc.get().uri("/").session(session)).hasRedirectedUrl("/login");
	}

	@Test
	void logoutIsAPostThatEndsTheSession() throws Exception {
		create("quitter", Role.VIEWER);
		MockHttpSession session = loggedIn("quitter", "10.0.0.11");
		assertThat(this.mvc.post().uri("/logout").session(session).with(csrf())).hasRedirectedUrl("/login?logout");
		assertThat(this.mvc.get().uri("/").session(session)).hasRedirectedUrl("/login");
	}

	private UserAccount create(String username, Role role) {
		return this.accounts.create(Actor.SYSTEM, username, PASSWORD, role);
	}

	private MockHttpSession loggedIn(String username, String address) throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcResult result = assertThat(this.mvc.perform(login(username, PASSWORD, address).session(session)))
			.hasRedirectedUrl("/")
			.actual()
			.getMvcResult();
		return (MockHttpSession) result.getRequest().getSession();
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String username,
			String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

}
