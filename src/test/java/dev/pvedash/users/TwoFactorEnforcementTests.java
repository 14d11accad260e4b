package dev.pvedash.users;

import static dev.pvedash.users.TwoFactorSteps.currentCode;
import static dev.pvedash.users.TwoFactorSteps.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.pvedash.support.HtmlChecks;
import dev.pvedash.support.MutableClock;

/**
 * With pvedash.security.two-factor.required-for-admins, an admin without TOTP reaches
 * only the enrolment.
 */
@UsersWebMvcTest
@Import(TwoFactorTestClock.class)
@TestPropertySource(properties = "pvedash.security.two-factor.required-for-admins=true")
class TwoFactorEnforcementTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	SecondFactors factors;

	@Autowired
	MutableClock clock;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/users", "/account/password", "/audit", "/backups/settings" })
	void anAdminWithoutTotpIsSentToEnrolmentFromEverywhere(String path) throws Exception {
		MockHttpSession session = signIn("must-enrol-" + Integer.toHexString(path.hashCode()), Role.ADMIN);
		assertThat(this.mvc.get().uri(path).session(session)).hasRedirectedUrl("/account/two-factor");
		assertThat(this.mvc.post()
			.uri("/users")
			.session(session)
			.with(csrf())
			.param("username", "sneaky")
			.param("password", "Sneaky-walrus-tide-47")
			.param("role", "ADMIN")).hasRedirectedUrl("/account/two-factor");
	}

	@Test
	void enrolmentShowsQrSecretAndUriAndAFirstCodeFreesTheAdmin() throws Exception {
		MockHttpSession session = signIn("enrolling-admin", Role.ADMIN);
		var result = assertThat(this.mvc.get().uri("/account/two-factor").session(session)).hasStatusOk()
			.actual()
			.getMvcResult();
		HtmlChecks.assertSecurityHeaders(result);
		Document page = HtmlChecks.assertNoInlineScript(result.getResponse().getContentAsString());
		assertThat(page.select("#must-enrol")).hasSize(1);
		assertThat(page.select("img.qr-code").attr("src")).startsWith("data:image/svg+xml;base64,");
		String secret = page.select("#secret").text();
		assertThat(secret.replace(" ", "")).matches("[A-Z2-7]{32}");
		assertThat(page.select("#otpauth-uri").text()).isEqualTo("otpauth://totp/PVE%20Dash:enrolling-admin?secret="
				+ secret.replace(" ", "") + "&issuer=PVE%20Dash&algorithm=SHA1&digits=6&period=30");
		// a reload offers the same secret until it is confirmed
		String again = Jsoup
			.parse(this.mvc.get()
				.uri("/account/two-factor")
				.session(session)
				.exchange()
				.getResponse()
				.getContentAsString())
			.select("#secret")
			.text();
		assertThat(again).isEqualTo(secret);
		String code = new TotpCodes().code(Base32.decode(secret), TotpCodes.step(this.clock.instant()));
		Document codes = Jsoup.parse(
				assertThat(this.mvc.post().uri("/account/two-factor").session(session).with(csrf()).param("code", code))
					.hasStatusOk()
					.bodyText()
					.actual());
		assertThat(codes.select("#recovery-codes li")).hasSize(10);
		assertThat(this.mvc.get().uri("/users").session(session)).hasStatusOk();
	}

	@Test
	void anEnforcedAdminCannotTurnTotpOffButAViewerCan() throws Exception {
		TwoFactorSteps.Enrolled admin = TwoFactorSteps.enrolled(this.accounts, this.factors, this.clock, "kept-on",
				Role.ADMIN);
		MockHttpSession session = TwoFactorSteps.passwordStep(this.mvc, "kept-on", "10.4.0.2");
		assertThat(this.mvc.perform(TwoFactorSteps.code(session, currentCode(admin.secret(), this.clock))))
			.hasRedirectedUrl("/");
		assertThat(this.mvc.post()
			.uri("/account/two-factor/disable")
			.session(session)
			.with(csrf())
			.param("proof", TwoFactorSteps.PASSWORD)).flash().containsEntry("error", "twofactor.error.required");
		assertThat(this.factors.of("kept-on")).isPresent();

		TwoFactorSteps.Enrolled viewer = TwoFactorSteps.enrolled(this.accounts, this.factors, this.clock, "opt-out",
				Role.VIEWER);
		MockHttpSession viewers = TwoFactorSteps.passwordStep(this.mvc, "opt-out", "10.4.0.3");
		assertThat(this.mvc.perform(TwoFactorSteps.code(viewers, currentCode(viewer.secret(), this.clock))))
			.hasRedirectedUrl("/");
		assertThat(this.mvc.post()
			.uri("/account/two-factor/disable")
			.session(viewers)
			.with(csrf())
			.param("proof", "wrong-password!")).flash().containsEntry("error", "twofactor.error.proof");
		assertThat(this.mvc.post()
			.uri("/account/two-factor/disable")
			.session(viewers)
			.with(csrf())
			.param("proof", TwoFactorSteps.PASSWORD)).flash().containsEntry("success", "twofactor.disabled");
		assertThat(this.factors.of("opt-out")).isEmpty();
	}

	@Test
	void aViewerWithoutTotpIsNotAskedToEnrol() throws Exception {
		MockHttpSession session = signIn("free-viewer", Role.VIEWER);
		assertThat(this.mvc.get().uri("/").session(session)).hasStatusOk();
	}

	private MockHttpSession signIn(String username, Role role) throws Exception {
		this.accounts.create(Actor.SYSTEM, username, TwoFactorSteps.PASSWORD, role);
		return (MockHttpSession) assertThat(this.mvc.perform(login(username, TwoFactorSteps.PASSWORD, "10.4.0.1")))
			.hasRedirectedUrl("/")
			.actual()
			.getRequest()
			.getSession();
	}

}
