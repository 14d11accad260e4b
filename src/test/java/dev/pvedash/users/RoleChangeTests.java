package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A role change takes effect at once (OWASP ASVS 5.0 8.3.2; docs/security.md row 21): the
 * demoted user's open session ends, and after signing in again the new role applies.
 * Nobody has to log out first.
 */
@UsersWebMvcTest
class RoleChangeTests {

	static final String PASSWORD = "Harbor-tulip-gravel-38";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Test
	@DisplayName("row 21: an admin demoted to viewer loses the admin page on the next request, not at logout")
	void demotionTakesEffectAtOnce() throws Exception {
		this.accounts.create(Actor.SYSTEM, "keeper", PASSWORD, Role.ADMIN);
		UserAccount demoted = this.accounts.create(Actor.SYSTEM, "demoted", PASSWORD, Role.ADMIN);
		MockHttpSession session = loggedIn("demoted");
		assertThat(this.mvc.get().uri("/users").session(session)).hasStatusOk();
		this.accounts.changeRole(new Actor("keeper", "10.0.0.21", null), demoted.id(), Role.VIEWER);
		assertThat(this.mvc.get().uri("/users").session(session)).hasRedirectedUrl("/login?expired");
		assertThat(this.mvc.get().uri("/users").session(loggedIn("demoted"))).hasStatus(HttpStatus.FORBIDDEN);
	}

	private MockHttpSession loggedIn(String username) throws Exception {
		MvcResult result = assertThat(this.mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", PASSWORD)
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr("10.0.0.22");
				return request;
			})).hasRedirectedUrl("/").actual().getMvcResult();
		return (MockHttpSession) result.getRequest().getSession();
	}

}
