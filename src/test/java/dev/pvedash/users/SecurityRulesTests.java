package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.pvedash.support.HtmlChecks;
import dev.pvedash.support.AllModulesWebMvcTest;
import dev.pvedash.support.WithAdmin;
import dev.pvedash.support.WithOperator;
import dev.pvedash.support.WithViewer;

/** Who may reach what, CSRF, and the headers on every HTML response (issue 2, points 4 and 7). */
@AllModulesWebMvcTest
class SecurityRulesTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/guests", "/snapshots", "/audit", "/users", "/account/password" })
	void anonymousPagesRedirectToLogin(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anonymousHtmxRequestGetsFullRefreshInsteadOfLoginFragment() throws Exception {
		this.mvc.perform(get("/guests").header("HX-Request", "true"))
			.andExpect(status().isForbidden())
			.andExpect(header().string("HX-Refresh", "true"));
	}

	@Test
	void loginPageIsPublicAndCarriesSecurityHeaders() throws Exception {
		MvcResult result = this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		HtmlChecks.assertSecurityHeaders(result);
		HtmlChecks.assertNoInlineScript(result.getResponse().getContentAsString());
	}

	@Test
	@WithViewer
	void errorPageCarriesSecurityHeadersAndNoInternals() throws Exception {
		MvcResult result = this.mvc.perform(get("/no-such-page")).andExpect(status().isNotFound()).andReturn();
		HtmlChecks.assertSecurityHeaders(result);
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("This page does not exist").doesNotContain("Exception").doesNotContain("at dev.");
	}

	@Test
	@WithViewer
	void htmxErrorIsAnAlertFragmentForTheAlertsRegion() throws Exception {
		MvcResult result = this.mvc.perform(get("/no-such-page").header("HX-Request", "true"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("HX-Retarget", "#alerts"))
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).contains("alert-error").doesNotContain("<html");
	}

	@Test
	@WithViewer
	void authenticatedPageAllowsNoInlineScript() throws Exception {
		MvcResult result = this.mvc.perform(get("/")).andExpect(status().isOk()).andReturn();
		HtmlChecks.assertSecurityHeaders(result);
		var doc = HtmlChecks.assertNoInlineScript(result.getResponse().getContentAsString());
		// htmx sends the CSRF token as a header read from these meta tags
		assertThat(doc.select("meta[name=csrf-token]").attr("content")).isNotBlank();
		assertThat(doc.select("meta[name=csrf-header]").attr("content")).isEqualTo("X-CSRF-TOKEN");
	}

	@Test
	@WithViewer
	void viewerCannotPostOperatorActions() throws Exception {
		this.mvc.perform(post("/guests/101/stop").with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post("/snapshots").with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	@WithOperator
	void operatorPassesTheRoleCheckForActions() throws Exception {
		// no action handler exists yet (issue 4); what matters is that security lets the operator through
		int status = this.mvc.perform(post("/guests/101/stop").with(csrf())).andReturn().getResponse().getStatus();
		assertThat(status).isNotEqualTo(403).isNotEqualTo(302);
	}

	@Test
	@WithOperator
	void onlyAdminsReachUserAdministration() throws Exception {
		this.mvc.perform(get("/users")).andExpect(status().isForbidden());
		this.mvc.perform(post("/users").with(csrf()).param("username", "x")).andExpect(status().isForbidden());
	}

	@Test
	@WithAdmin
	void adminReachesUserAdministration() throws Exception {
		this.mvc.perform(get("/users")).andExpect(status().isOk());
	}

	@Test
	@WithAdmin
	void stateChangeWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/users").param("username", "mallory").param("password", "long-enough-pw").param("role", "ADMIN"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/logout")).andExpect(status().isForbidden());
	}

	@Test
	@WithViewer
	void actionsAreNotReachableByGet() throws Exception {
		this.mvc.perform(get("/logout")).andExpect(status().isNotFound());
		this.mvc.perform(get("/users/1/disable")).andExpect(status().isForbidden());
	}

}
