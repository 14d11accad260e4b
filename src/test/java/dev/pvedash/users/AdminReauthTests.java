package dev.pvedash.users;

import static dev.pvedash.users.TwoFactorSteps.code;
import static dev.pvedash.users.TwoFactorSteps.currentCode;
import static dev.pvedash.users.TwoFactorSteps.login;
import static dev.pvedash.users.TwoFactorSteps.passwordStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.pvedash.support.MutableClock;
import dev.pvedash.users.TwoFactorSteps.Enrolled;

/**
 * An admin resets another user's second factor, and account changes ask for the admin's
 * password again once the last check is more than 5 minutes old (OWASP ASVS 7.5.1).
 * Admins sign in for real here, so the time of their last check is the one their own
 * session holds.
 */
@UsersWebMvcTest
@Import(TwoFactorTestClock.class)
class AdminReauthTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	SecondFactors factors;

	@Autowired
	UserRepository users;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void rightAfterSignInAnAdminResetsASecondFactorAndTheUsersSessionsEnd() throws Exception {
		MockHttpSession admin = signedInAdmin("reset-boss");
		Enrolled user = TwoFactorSteps.enrolled(this.accounts, this.factors, this.clock, "phone-lost", Role.VIEWER);
		MockHttpSession usersSession = passwordStep(this.mvc, "phone-lost", "10.3.0.2");
		assertThat(this.mvc.perform(code(usersSession, currentCode(user.secret(), this.clock)))).hasRedirectedUrl("/");
		String page = this.mvc.get().uri("/users").session(admin).exchange().getResponse().getContentAsString();
		assertThat(page).contains("Reset two-factor of phone-lost");
		assertThat(
				this.mvc.post().uri("/users/{id}/second-factor/reset", user.account().id()).session(admin).with(csrf()))
			.hasRedirectedUrl("/users")
			.flash()
			.containsEntry("success", "twofactor.reset");
		assertThat(this.factors.of("phone-lost")).isEmpty();
		assertThat(auditKinds("phone-lost")).contains("ACCOUNT_SECOND_FACTOR_RESET");
		assertThat(this.mvc.get().uri("/").session(usersSession)).hasRedirectedUrl("/login?expired");
		// the password alone signs the user in again, and they may enrol anew
		assertThat(this.mvc.perform(login("phone-lost", TwoFactorSteps.PASSWORD, "10.3.0.2"))).hasRedirectedUrl("/");
	}

	@Test
	void afterFiveMinutesTheResetAsksForThePasswordKeepsTheRequestAndChangesNothingUntilRight() throws Exception {
		MockHttpSession admin = signedInAdmin("stale-boss");
		Enrolled user = TwoFactorSteps.enrolled(this.accounts, this.factors, this.clock, "kept", Role.VIEWER);
		this.clock.advance(Duration.ofMinutes(5));
		Document question = page(assertThat(
				this.mvc.post().uri("/users/{id}/second-factor/reset", user.account().id()).session(admin).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.actual());
		assertThat(question.select("h1").text()).isEqualTo("Confirm it is you");
		assertThat(question.select("#reauth-form").attr("action"))
			.isEqualTo("/users/" + user.account().id() + "/second-factor/reset");
		assertThat(this.factors.of("kept")).isPresent();
		Document wrong = page(assertThat(this.mvc.post()
			.uri("/users/{id}/second-factor/reset", user.account().id())
			.session(admin)
			.with(csrf())
			.param(ReauthGate.PROOF, "not-my-password")).hasStatusOk().bodyText().actual());
		assertThat(wrong.select("#reauth-error").text()).contains("Nothing was changed");
		assertThat(this.factors.of("kept")).isPresent();
		assertThat(this.mvc.post()
			.uri("/users/{id}/second-factor/reset", user.account().id())
			.session(admin)
			.with(csrf())
			.param(ReauthGate.PROOF, TwoFactorSteps.PASSWORD)).flash().containsEntry("success", "twofactor.reset");
		assertThat(this.factors.of("kept")).isEmpty();
	}

	@Test
	void theQuestionKeepsWhatTheAdminTypedForANewAdmin() throws Exception {
		MockHttpSession admin = signedInAdmin("typing-boss");
		this.clock.advance(Duration.ofMinutes(6));
		Document question = page(assertThat(this.mvc.post()
			.uri("/users")
			.session(admin)
			.with(csrf())
			.param("username", "second-admin")
			.param("password", "Brisk-heron-vault-27")
			.param("role", "ADMIN")).hasStatusOk().bodyText().actual());
		assertThat(question.select("#reauth-form input[type=hidden][name=username]").val()).isEqualTo("second-admin");
		assertThat(question.select("#reauth-form input[type=hidden][name=role]").val()).isEqualTo("ADMIN");
		assertThat(question.select("#reauth-form input[name=_csrf]")).hasSize(1);
		assertThat(this.users.findByUsername("second-admin")).isEmpty();
		assertThat(this.mvc.post()
			.uri("/users")
			.session(admin)
			.with(csrf())
			.param("username", "second-admin")
			.param("password", "Brisk-heron-vault-27")
			.param("role", "ADMIN")
			.param(ReauthGate.PROOF, TwoFactorSteps.PASSWORD)).flash().containsEntry("success", "users.created");
		assertThat(this.users.findByUsername("second-admin")).isPresent();
		// checked just now: the next change goes through without a question
		assertThat(this.mvc.post()
			.uri("/users")
			.session(admin)
			.with(csrf())
			.param("username", "third-admin")
			.param("password", "Mossy-kettle-orbit-54")
			.param("role", "ADMIN")).flash().containsEntry("success", "users.created");
	}

	@Test
	void roleChangesAndPasswordResetsAskToo_aViewerCreatedDoesNot() throws Exception {
		MockHttpSession admin = signedInAdmin("strict-boss");
		UserAccount target = this.accounts.create(Actor.SYSTEM, "promoted", TwoFactorSteps.PASSWORD, Role.VIEWER);
		this.clock.advance(Duration.ofMinutes(6));
		assertThat(
				this.mvc.post().uri("/users/{id}/role", target.id()).session(admin).with(csrf()).param("role", "ADMIN"))
			.hasStatusOk();
		assertThat(this.mvc.post()
			.uri("/users/{id}/password", target.id())
			.session(admin)
			.with(csrf())
			.param("newPassword", "Velvet-cinder-raft-83")).hasStatusOk();
		assertThat(this.users.findById(target.id()).orElseThrow().role()).isEqualTo(Role.VIEWER);
		assertThat(this.mvc.post()
			.uri("/users")
			.session(admin)
			.with(csrf())
			.param("username", "just-a-viewer")
			.param("password", "Tidal-parsnip-forge-16")
			.param("role", "VIEWER")).flash().containsEntry("success", "users.created");
	}

	@Test
	void anAdminWithTotpMayAnswerWithACode() throws Exception {
		Enrolled boss = TwoFactorSteps.enrolled(this.accounts, this.factors, this.clock, "totp-boss", Role.ADMIN);
		MockHttpSession admin = passwordStep(this.mvc, "totp-boss", "10.3.0.9");
		assertThat(this.mvc.perform(code(admin, currentCode(boss.secret(), this.clock)))).hasRedirectedUrl("/");
		UserAccount target = this.accounts.create(Actor.SYSTEM, "demoted", TwoFactorSteps.PASSWORD, Role.OPERATOR);
		this.clock.advance(Duration.ofMinutes(6));
		assertThat(this.mvc.post()
			.uri("/users/{id}/role", target.id())
			.session(admin)
			.with(csrf())
			.param("role", "VIEWER")
			.param(ReauthGate.PROOF, currentCode(boss.secret(), this.clock))).flash()
			.containsEntry("success", "users.roleChanged");
		assertThat(this.users.findById(target.id()).orElseThrow().role()).isEqualTo(Role.VIEWER);
	}

	@Test
	void anAdminSwitchesTotpOnForAllAdminsFromTheUsersPage() throws Exception {
		MockHttpSession admin = signedInAdmin("policy-boss");
		Document users = page(
				this.mvc.get().uri("/users").session(admin).exchange().getResponse().getContentAsString());
		assertThat(users.select("#two-factor-policy input[name=required]").hasAttr("checked")).isFalse();
		try {
			assertThat(this.mvc.post()
				.uri("/users/two-factor-policy")
				.session(admin)
				.with(csrf())
				.param("required", "true")).flash().containsEntry("success", "twofactor.policy.saved");
			assertThat(auditKinds("ADMIN")).contains("ACCOUNT_SECOND_FACTOR_POLICY");
			this.accounts.create(Actor.SYSTEM, "next-admin", TwoFactorSteps.PASSWORD, Role.ADMIN);
			MockHttpSession next = (MockHttpSession) this.mvc
				.perform(login("next-admin", TwoFactorSteps.PASSWORD, "10.3.0.5"))
				.getRequest()
				.getSession();
			assertThat(this.mvc.get().uri("/users").session(next)).hasRedirectedUrl("/account/two-factor");
			// switching it off again is a weakening: after 5 minutes it asks first
			this.clock.advance(Duration.ofMinutes(6));
			assertThat(this.mvc.post().uri("/users/two-factor-policy").session(admin).with(csrf())).hasStatusOk();
			assertThat(page(this.mvc.get()
				.uri("/account/two-factor")
				.session(next)
				.exchange()
				.getResponse()
				.getContentAsString()).select("#must-enrol")).hasSize(1);
		}
		finally {
			assertThat(this.mvc.post()
				.uri("/users/two-factor-policy")
				.session(admin)
				.with(csrf())
				.param(ReauthGate.PROOF, TwoFactorSteps.PASSWORD)).flash()
				.containsEntry("success", "twofactor.policy.saved");
		}
		MockHttpSession later = passwordStep(this.mvc, "next-admin", "10.3.0.6");
		assertThat(this.mvc.get().uri("/users").session(later)).hasStatusOk();
	}

	private MockHttpSession signedInAdmin(String username) throws Exception {
		this.accounts.create(Actor.SYSTEM, username, TwoFactorSteps.PASSWORD, Role.ADMIN);
		return (MockHttpSession) assertThat(this.mvc.perform(login(username, TwoFactorSteps.PASSWORD, "10.3.0.1")))
			.hasRedirectedUrl("/")
			.actual()
			.getRequest()
			.getSession();
	}

	private static Document page(String html) {
		return Jsoup.parse(html);
	}

	private java.util.List<String> auditKinds(String target) {
		return this.jdbc.sql("select kind from audit_entry where target = ? order by id")
			.param(target)
			.query(String.class)
			.list();
	}

}
