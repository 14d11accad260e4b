package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.pvedash.support.HtmlChecks;
import dev.pvedash.support.WithAdmin;
import dev.pvedash.support.WithOperator;
import dev.pvedash.support.WithViewer;

/**
 * Who may reach what, CSRF, and the headers on every HTML response (docs/security.md #13
 * to #15, #19; docs/web-security.md). Paths of other modules answer only the security
 * rules here: no controller of theirs is in the slice, so what an operator gets past the
 * rules is a 404, not their handler.
 */
@UsersWebMvcTest
class SecurityRulesTests {

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/guests", "/snapshots", "/audit", "/users", "/account/password" })
	void anonymousPagesRedirectToLogin(String path) throws Exception {
		assertThat(this.mvc.get().uri(path)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
	}

	@Test
	void anonymousHtmxRequestGetsFullRefreshInsteadOfLoginFragment() throws Exception {
		assertThat(this.mvc.get().uri("/guests").header("HX-Request", "true")).hasStatus(HttpStatus.FORBIDDEN)
			.hasHeader("HX-Refresh", "true");
	}

	@Test
	void loginPageIsPublicAndCarriesSecurityHeaders() throws Exception {
		MvcResult result = assertThat(this.mvc.get().uri("/login")).hasStatusOk().actual().getMvcResult();
		HtmlChecks.assertSecurityHeaders(result);
		HtmlChecks.assertNoInlineScript(result.getResponse().getContentAsString());
	}

	@Test
	@WithViewer
	void errorPageCarriesSecurityHeadersAndNoInternals() throws Exception {
		MvcResult result = assertThat(this.mvc.get().uri("/no-such-page")).hasStatus(HttpStatus.NOT_FOUND)
			.actual()
			.getMvcResult();
		HtmlChecks.assertSecurityHeaders(result);
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("This page does not exist").doesNotContain("Exception").doesNotContain("at dev.");
	}

	@Test
	@WithViewer
	void htmxErrorIsAnAlertFragmentForTheAlertsRegion() throws Exception {
		MvcResult result = assertThat(this.mvc.get().uri("/no-such-page").header("HX-Request", "true"))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasHeader("HX-Retarget", "#alerts")
			.actual()
			.getMvcResult();
		assertThat(result.getResponse().getContentAsString()).contains("alert-error").doesNotContain("<html");
	}

	@Test
	@WithViewer
	void authenticatedPageAllowsNoInlineScript() throws Exception {
		MvcResult result = assertThat(this.mvc.get().uri("/")).hasStatusOk().actual().getMvcResult();
		HtmlChecks.assertSecurityHeaders(result);
		var doc = HtmlChecks.assertNoInlineScript(result.getResponse().getContentAsString());
		// htmx sends the CSRF token as a header read from these meta tags
		assertThat(doc.select("meta[name=csrf-token]").attr("content")).isNotBlank();
		assertThat(doc.select("meta[name=csrf-header]").attr("content")).isEqualTo("X-CSRF-TOKEN");
	}

	@Test
	@WithViewer
	void viewerCannotPostOperatorActions() throws Exception {
		assertThat(this.mvc.post().uri("/guests/101/stop").with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/snapshots").with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithOperator
	void operatorPassesTheRoleCheckForActions() throws Exception {
		// the guests module's handler is not in this slice; what matters is that security
		// lets the operator through
		int status = this.mvc.post().uri("/guests/101/stop").with(csrf()).exchange().getResponse().getStatus();
		assertThat(status).isNotEqualTo(403).isNotEqualTo(302);
	}

	@Test
	@WithOperator
	void onlyAdminsReachUserAdministration() throws Exception {
		assertThat(this.mvc.get().uri("/users")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/users").with(csrf()).param("username", "x")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithAdmin
	void adminReachesUserAdministration() throws Exception {
		assertThat(this.mvc.get().uri("/users")).hasStatusOk();
	}

	@Test
	@WithAdmin
	void stateChangeWithoutCsrfTokenIsRefused() throws Exception {
		assertThat(this.mvc.post()
			.uri("/users")
			.param("username", "mallory")
			.param("password", "long-enough-pw")
			.param("role", "ADMIN")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/logout")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithViewer
	void actionsAreNotReachableByGet() throws Exception {
		assertThat(this.mvc.get().uri("/logout")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/users/1/disable")).hasStatus(HttpStatus.FORBIDDEN);
	}

}
