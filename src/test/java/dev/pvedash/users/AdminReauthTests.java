package dev.pvedash.users;

import static dev.pvedash.users.TwoFactorSteps.code;
import static dev.pvedash.users.TwoFactorSteps.currentCode;
import static dev.pvedash.users.TwoFactorSteps.login;
import static dev.pvedash.users.TwoFactorSteps.passwordStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dev.pvedash.support.MutableClock;
import dev.pvedash.support.AllModulesWebMvcTest;
import dev.pvedash.users.TwoFactorSteps.Enrolled;

/**
 * An admin resets another user's second factor, and account changes ask for the admin's password again
 * once the last check is more than 5 minutes old (OWASP ASVS 7.5.1). Admins sign in for real here, so the
 * time of their last check is the one their own session holds.
 */
@AllModulesWebMvcTest
@Import(TwoFactorTestClock.class)
class AdminReauthTests {

	@Autowired
	MockMvc mvc;

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
		this.mvc.perform(code(usersSession, currentCode(user.secret(), this.clock))).andExpect(redirectedUrl("/"));
		String page = this.mvc.perform(get("/users").session(admin)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Reset two-factor of phone-lost");
		this.mvc.perform(post("/users/{id}/second-factor/reset", user.account().id()).session(admin).with(csrf()))
			.andExpect(redirectedUrl("/users"))
			.andExpect(flash().attribute("success", "twofactor.reset"));
		assertThat(this.factors.of("phone-lost")).isEmpty();
		assertThat(auditKinds("phone-lost")).contains("ACCOUNT_SECOND_FACTOR_RESET");
		this.mvc.perform(get("/").session(usersSession)).andExpect(redirectedUrl("/login?expired"));
		// the password alone signs the user in again, and they may enrol anew
		this.mvc.perform(login("phone-lost", TwoFactorSteps.PASSWORD, "10.3.0.2")).andExpect(redirectedUrl("/"));
	}

	@Test
	void afterFiveMinutesTheResetAsksForThePasswordKeepsTheRequestAndChangesNothingUntilRight() throws Exception {
		MockHttpSession admin = signedInAdmin("stale-boss");
		Enrolled user = TwoFactorSteps.enrolled(this.accounts, this.factors, this.clock, "kept", Role.VIEWER);
		this.clock.advance(Duration.ofMinutes(5));
		Document question = page(this.mvc.perform(post("/users/{id}/second-factor/reset", user.account().id())
				.session(admin).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(question.select("h1").text()).isEqualTo("Confirm it is you");
		assertThat(question.select("#reauth-form").attr("action")).isEqualTo("/users/" + user.account().id() + "/second-factor/reset");
		assertThat(this.factors.of("kept")).isPresent();
		Document wrong = page(this.mvc.perform(post("/users/{id}/second-factor/reset", user.account().id())
				.session(admin).with(csrf()).param(ReauthGate.PROOF, "not-my-password"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(wrong.select("#reauth-error").text()).contains("Nothing was changed");
		assertThat(this.factors.of("kept")).isPresent();
		this.mvc.perform(post("/users/{id}/second-factor/reset", user.account().id()).session(admin).with(csrf())
				.param(ReauthGate.PROOF, TwoFactorSteps.PASSWORD))
			.andExpect(flash().attribute("success", "twofactor.reset"));
		assertThat(this.factors.of("kept")).isEmpty();
	}

	@Test
	void theQuestionKeepsWhatTheAdminTypedForANewAdmin() throws Exception {
		MockHttpSession admin = signedInAdmin("typing-boss");
		this.clock.advance(Duration.ofMinutes(6));
		Document question = page(this.mvc.perform(post("/users").session(admin).with(csrf())
				.param("username", "second-admin").param("password", "Brisk-heron-vault-27").param("role", "ADMIN"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(question.select("#reauth-form input[type=hidden][name=username]").val()).isEqualTo("second-admin");
		assertThat(question.select("#reauth-form input[type=hidden][name=role]").val()).isEqualTo("ADMIN");
		assertThat(question.select("#reauth-form input[name=_csrf]")).hasSize(1);
		assertThat(this.users.findByUsername("second-admin")).isEmpty();
		this.mvc.perform(post("/users").session(admin).with(csrf()).param("username", "second-admin")
				.param("password", "Brisk-heron-vault-27").param("role", "ADMIN")
				.param(ReauthGate.PROOF, TwoFactorSteps.PASSWORD))
			.andExpect(flash().attribute("success", "users.created"));
		assertThat(this.users.findByUsername("second-admin")).isPresent();
		// checked just now: the next change goes through without a question
		this.mvc.perform(post("/users").session(admin).with(csrf()).param("username", "third-admin")
				.param("password", "Mossy-kettle-orbit-54").param("role", "ADMIN"))
			.andExpect(flash().attribute("success", "users.created"));
	}

	@Test
	void roleChangesAndPasswordResetsAskToo_aViewerCreatedDoesNot() throws Exception {
		MockHttpSession admin = signedInAdmin("strict-boss");
		UserAccount target = this.accounts.create(Actor.SYSTEM, "promoted", TwoFactorSteps.PASSWORD, Role.VIEWER);
		this.clock.advance(Duration.ofMinutes(6));
		this.mvc.perform(post("/users/{id}/role", target.id()).session(admin).with(csrf()).param("role", "ADMIN"))
			.andExpect(status().isOk());
		this.mvc.perform(post("/users/{id}/password", target.id()).session(admin).with(csrf())
				.param("newPassword", "Velvet-cinder-raft-83"))
			.andExpect(status().isOk());
		assertThat(this.users.findById(target.id()).orElseThrow().role()).isEqualTo(Role.VIEWER);
		this.mvc.perform(post("/users").session(admin).with(csrf()).param("username", "just-a-viewer")
				.param("password", "Tidal-parsnip-forge-16").param("role", "VIEWER"))
			.andExpect(flash().attribute("success", "users.created"));
	}

	@Test
	void anAdminWithTotpMayAnswerWithACode() throws Exception {
		Enrolled boss = TwoFactorSteps.enrolled(this.accounts, this.factors, this.clock, "totp-boss", Role.ADMIN);
		MockHttpSession admin = passwordStep(this.mvc, "totp-boss", "10.3.0.9");
		this.mvc.perform(code(admin, currentCode(boss.secret(), this.clock))).andExpect(redirectedUrl("/"));
		UserAccount target = this.accounts.create(Actor.SYSTEM, "demoted", TwoFactorSteps.PASSWORD, Role.OPERATOR);
		this.clock.advance(Duration.ofMinutes(6));
		this.mvc.perform(post("/users/{id}/role", target.id()).session(admin).with(csrf()).param("role", "VIEWER")
				.param(ReauthGate.PROOF, currentCode(boss.secret(), this.clock)))
			.andExpect(flash().attribute("success", "users.roleChanged"));
		assertThat(this.users.findById(target.id()).orElseThrow().role()).isEqualTo(Role.VIEWER);
	}

	@Test
	void anAdminSwitchesTotpOnForAllAdminsFromTheUsersPage() throws Exception {
		MockHttpSession admin = signedInAdmin("policy-boss");
		Document users = page(this.mvc.perform(get("/users").session(admin)).andReturn().getResponse().getContentAsString());
		assertThat(users.select("#two-factor-policy input[name=required]").hasAttr("checked")).isFalse();
		try {
			this.mvc.perform(post("/users/two-factor-policy").session(admin).with(csrf()).param("required", "true"))
				.andExpect(flash().attribute("success", "twofactor.policy.saved"));
			assertThat(auditKinds("ADMIN")).contains("ACCOUNT_SECOND_FACTOR_POLICY");
			this.accounts.create(Actor.SYSTEM, "next-admin", TwoFactorSteps.PASSWORD, Role.ADMIN);
			MockHttpSession next = (MockHttpSession) this.mvc.perform(login("next-admin", TwoFactorSteps.PASSWORD, "10.3.0.5"))
				.andReturn().getRequest().getSession();
			this.mvc.perform(get("/users").session(next)).andExpect(redirectedUrl("/account/two-factor"));
			// switching it off again is a weakening: after 5 minutes it asks first
			this.clock.advance(Duration.ofMinutes(6));
			this.mvc.perform(post("/users/two-factor-policy").session(admin).with(csrf())).andExpect(status().isOk());
			assertThat(page(this.mvc.perform(get("/account/two-factor").session(next)).andReturn().getResponse()
				.getContentAsString()).select("#must-enrol")).hasSize(1);
		}
		finally {
			this.mvc.perform(post("/users/two-factor-policy").session(admin).with(csrf())
					.param(ReauthGate.PROOF, TwoFactorSteps.PASSWORD))
				.andExpect(flash().attribute("success", "twofactor.policy.saved"));
		}
		MockHttpSession later = passwordStep(this.mvc, "next-admin", "10.3.0.6");
		this.mvc.perform(get("/users").session(later)).andExpect(status().isOk());
	}

	private MockHttpSession signedInAdmin(String username) throws Exception {
		this.accounts.create(Actor.SYSTEM, username, TwoFactorSteps.PASSWORD, Role.ADMIN);
		return (MockHttpSession) this.mvc.perform(login(username, TwoFactorSteps.PASSWORD, "10.3.0.1"))
			.andExpect(redirectedUrl("/"))
			.andReturn().getRequest().getSession();
	}

	private static Document page(String html) {
		return Jsoup.parse(html);
	}

	private java.util.List<String> auditKinds(String target) {
		return this.jdbc.sql("select kind from audit_entry where target = ? order by id").param(target)
			.query(String.class).list();
	}

}
