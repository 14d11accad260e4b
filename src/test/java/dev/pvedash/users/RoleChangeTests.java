package dev.pvedash.users;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.pvedash.support.AllModulesWebMvcTest;

/**
 * A role change takes effect at once (OWASP ASVS 5.0 8.3.2; docs/security.md row 21): the demoted user's
 * open session ends, and after signing in again the new role applies. Nobody has to log out first.
 */
@AllModulesWebMvcTest
class RoleChangeTests {

	static final String PASSWORD = "Harbor-tulip-gravel-38";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	@DisplayName("row 21: an admin demoted to viewer loses the admin page on the next request, not at logout")
	void demotionTakesEffectAtOnce() throws Exception {
		this.accounts.create(Actor.SYSTEM, "keeper", PASSWORD, Role.ADMIN);
		UserAccount demoted = this.accounts.create(Actor.SYSTEM, "demoted", PASSWORD, Role.ADMIN);
		MockHttpSession session = loggedIn("demoted");
		this.mvc.perform(get("/users").session(session)).andExpect(status().isOk());
		this.accounts.changeRole(new Actor("keeper", "10.0.0.21", null), demoted.id(), Role.VIEWER);
		this.mvc.perform(get("/users").session(session)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(get("/users").session(loggedIn("demoted"))).andExpect(status().isForbidden());
	}

	private MockHttpSession loggedIn(String username) throws Exception {
		MvcResult result = this.mvc.perform(post("/login").param("username", username).param("password", PASSWORD)
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr("10.0.0.22");
				return request;
			}))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession();
	}

}
