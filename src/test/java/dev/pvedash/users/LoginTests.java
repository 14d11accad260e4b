package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.pvedash.support.AllModulesWebMvcTest;

/**
 * The real login form against stored accounts: session rotation, throttling per (user, address),
 * no enumeration, and sessions ended on the server (docs/sign-in.md; docs/security.md #1, #6 to #9).
 */
@AllModulesWebMvcTest
class LoginTests {

	static final String PASSWORD = "Zq8-lantern-orbit-x";

	/** Over 100 characters: everything past byte 72 must still count. */
	static final String LONG_PASSPHRASE = "Seven quiet otters juggled amber lanterns beneath the crooked viaduct while forty herons argued about tide tables";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void loginRotatesTheSessionIdAndLandsOnTheOverview() throws Exception {
		create("rotor", Role.VIEWER);
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult result = this.mvc.perform(login("rotor", PASSWORD, "10.0.0.1").session(session))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
	}

	@Test
	void unknownUserAndWrongPasswordLookTheSame() throws Exception {
		create("known", Role.VIEWER);
		this.mvc.perform(login("known", "wrong-password!", "10.0.0.9")).andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(login("nobody", "wrong-password!", "10.0.0.9")).andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(login("admin", "admin", "10.0.0.9")).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void usernamesAreCaseInsensitive() throws Exception {
		create("casey", Role.VIEWER);
		this.mvc.perform(login("  Casey ", PASSWORD, "10.0.0.8")).andExpect(redirectedUrl("/"));
	}

	@Test
	void fiveFailuresBlockThatAddressOnlyEvenWithTheRightPassword() throws Exception {
		create("target", Role.ADMIN);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(login("target", "wrong-password-" + i, "10.0.0.2")).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(login("target", "wrong-password-6", "10.0.0.2"))
			.andExpect(redirectedUrlPattern("/login?throttled=*"));
		MvcResult blocked = this.mvc.perform(login("target", PASSWORD, "10.0.0.2"))
			.andExpect(redirectedUrlPattern("/login?throttled=*"))
			.andReturn();
		long seconds = Long.parseLong(blocked.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
		assertThat(seconds).isBetween(290L, 300L);
		// the same user from another address is not locked out
		this.mvc.perform(login("target", PASSWORD, "10.0.0.3")).andExpect(redirectedUrl("/"));
	}

	@Test
	void throttledLoginPageSaysHowLongToWait() throws Exception {
		this.mvc.perform(get("/login").param("throttled", "272"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Wait 4 min 32 s")));
	}

	@Test
	void longPasswordsWorkUntruncated() throws Exception {
		String longPassword = LONG_PASSPHRASE + "!";
		this.accounts.create(Actor.SYSTEM, "longpass", longPassword, Role.VIEWER);
		this.mvc.perform(login("longpass", longPassword, "10.0.0.4")).andExpect(redirectedUrl("/"));
		// bcrypt would ignore everything after byte 72; PBKDF2 does not
		this.mvc.perform(login("longpass", LONG_PASSPHRASE + "?", "10.0.0.4")).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void disablingAUserEndsTheirSessions() throws Exception {
		UserAccount user = create("leaver", Role.OPERATOR);
		MockHttpSession session = loggedIn("leaver", "10.0.0.5");
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
		this.accounts.setEnabled(new Actor("admin", "10.0.0.6", null), user.id(), false);
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(login("leaver", PASSWORD, "10.0.0.5")).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void changingTheOwnPasswordEndsOnlyTheOtherSessions() throws Exception {
		create("mover", Role.VIEWER);
		MockHttpSession phone = loggedIn("mover", "10.0.0.7");
		MockHttpSession laptop = loggedIn("mover", "10.0.0.7");
		this.mvc.perform(post("/account/password").session(laptop).with(csrf())
				.param("currentPassword", PASSWORD).param("newPassword", "Mv4-harbor-tundra-q")
				.param("confirmPassword", "Mv4-harbor-tundra-q"))
			.andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/").session(laptop)).andExpect(status().isOk());
		this.mvc.perform(get("/").session(phone)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void sessionEndsAfterItsAbsoluteLifetimeWhateverTheActivity() throws Exception {
		create("marathon", Role.VIEWER);
		MockHttpSession session = loggedIn("marathon", "10.0.0.10");
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
		session.setAttribute(SessionLifetimeFilter.AUTHENTICATED_AT, Instant.now().minusSeconds(12 * 3600 + 1));
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void logoutIsAPostThatEndsTheSession() throws Exception {
		create("quitter", Role.VIEWER);
		MockHttpSession session = loggedIn("quitter", "10.0.0.11");
		this.mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
	}

	private UserAccount create(String username, Role role) {
		return this.accounts.create(Actor.SYSTEM, username, PASSWORD, role);
	}

	private MockHttpSession loggedIn(String username, String address) throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcResult result = this.mvc.perform(login(username, PASSWORD, address).session(session))
			.andExpect(redirectedUrl("/"))
			.andReturn();
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
