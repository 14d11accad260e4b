package dev.pvedash.users;

import static dev.pvedash.users.TwoFactorSteps.code;
import static dev.pvedash.users.TwoFactorSteps.currentCode;
import static dev.pvedash.users.TwoFactorSteps.login;
import static dev.pvedash.users.TwoFactorSteps.passwordStep;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.pvedash.support.HtmlChecks;
import dev.pvedash.support.MutableClock;
import dev.pvedash.users.TwoFactorSteps.Enrolled;

/**
 * Sign-in of a user with TOTP: the password alone opens nothing, the code (or a recovery
 * code, once) does.
 */
@UsersWebMvcTest
@Import(TwoFactorTestClock.class)
class TwoFactorLoginTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	SecondFactors factors;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/guests", "/users", "/account/password", "/account/two-factor", "/audit" })
	void thePasswordAloneReachesOnlyTheCodePage(String path) throws Exception {
		enrol("pw-only-" + Integer.toHexString(path.hashCode()), Role.ADMIN);
		MockHttpSession session = (MockHttpSession) assertThat(this.mvc
			.perform(login("pw-only-" + Integer.toHexString(path.hashCode()), TwoFactorSteps.PASSWORD, "10.1.0.1")))
			.hasRedirectedUrl("/login/code")
			.actual()
			.getRequest()
			.getSession();
		assertThat(this.mvc.get().uri(path).session(session)).hasRedirectedUrl("/login/code");
		SecurityContext context = (SecurityContext) session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(context.getAuthentication()).isInstanceOf(CodePendingAuthentication.class);
		assertThat(context.getAuthentication().getAuthorities()).isEmpty();
		assertThat(context.getAuthentication().isAuthenticated()).isFalse();
	}

	@Test
	void htmxAndApiCallsOfAPendingSessionGetNoData() throws Exception {
		enrol("pending-api", Role.VIEWER);
		MockHttpSession session = passwordStep(this.mvc, "pending-api", "10.1.0.2");
		assertThat(this.mvc.get().uri("/guests").header("HX-Request", "true").session(session))
			.hasStatus(HttpStatus.UNAUTHORIZED)
			.hasHeader("HX-Refresh", "true");
		assertThat(this.mvc.get().uri("/api/metrics/host/pve1").session(session)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void theCodeCompletesTheSignInUnderANewSessionId() throws Exception {
		Enrolled user = enrol("coder", Role.OPERATOR);
		MockHttpSession session = passwordStep(this.mvc, "coder", "10.1.0.3");
		String before = session.getId();
		MvcTestResult code = this.mvc.get().uri("/login/code").session(session).exchange();
		assertThat(code).hasStatusOk().bodyText().contains("autocomplete=\"one-time-code\"");
		MvcResult page = code.getMvcResult();
		HtmlChecks.assertSecurityHeaders(page);
		HtmlChecks.assertNoInlineScript(page.getResponse().getContentAsString());
		assertThat(this.mvc.perform(code(session, currentCode(user.secret(), this.clock)))).hasRedirectedUrl("/");
		assertThat(session.getId()).isNotEqualTo(before);
		assertThat(this.mvc.get().uri("/").session(session)).hasStatusOk();
		assertThat(auditOutcomes("coder")).contains("SUCCESS");
	}

	@Test
	void afterTheCodeTheUserLandsOnThePageFirstAskedFor() throws Exception {
		Enrolled user = enrol("deep-link", Role.VIEWER);
		MockHttpSession session = new MockHttpSession();
		assertThat(this.mvc.get().uri("/guests").session(session)).hasRedirectedUrl("/login");
		assertThat(this.mvc.perform(login("deep-link", TwoFactorSteps.PASSWORD, "10.1.0.4").session(session)))
			.hasRedirectedUrl("/login/code");
		assertThat(this.mvc.perform(code(session, currentCode(user.secret(), this.clock))))
			.hasRedirectedUrl("http://localhost/guests?continue");
	}

	@Test
	void aWrongCodeIsRefusedAndAudited() throws Exception {
		Enrolled user = enrol("typo", Role.VIEWER);
		MockHttpSession session = passwordStep(this.mvc, "typo", "10.1.0.5");
		String wrong = String.format("%06d",
				(Integer.parseInt(currentCode(user.secret(), this.clock)) + 1) % 1_000_000);
		assertThat(this.mvc.perform(code(session, wrong))).hasStatusOk()
			.bodyText()
			.contains("That code is wrong or was used already.");
		assertThat(this.mvc.get().uri("/").session(session)).hasRedirectedUrl("/login/code");
		assertThat(auditOutcomes("typo")).containsExactly("FAILURE");
	}

	@Test
	void aCodeUsedOnceIsRefusedForTheNextSignIn() throws Exception {
		Enrolled user = enrol("replayed", Role.VIEWER);
		String used = currentCode(user.secret(), this.clock);
		assertThat(this.mvc.perform(code(passwordStep(this.mvc, "replayed", "10.1.0.6"), used))).hasRedirectedUrl("/");
		MockHttpSession attacker = passwordStep(this.mvc, "replayed", "10.1.0.7");
		assertThat(this.mvc.perform(code(attacker, used))).bodyText()
			.contains("That code is wrong or was used already.");
		assertThat(this.mvc.get().uri("/").session(attacker)).hasRedirectedUrl("/login/code");
	}

	@Test
	void aRecoveryCodeSignsInOnce() throws Exception {
		Enrolled user = enrol("lost-phone", Role.VIEWER);
		String recovery = user.recoveryCodes().get(3).toUpperCase();
		assertThat(this.mvc.perform(code(passwordStep(this.mvc, "lost-phone", "10.1.0.8"), recovery)))
			.hasRedirectedUrl("/");
		assertThat(this.mvc.perform(code(passwordStep(this.mvc, "lost-phone", "10.1.0.8"), recovery))).bodyText()
			.contains("That code is wrong or was used already.");
		assertThat(this.jdbc.sql("select count(*) from recovery_code where used_at is null and user_id = ?")
			.param(user.account().id())
			.query(Integer.class)
			.single()).isEqualTo(9);
	}

	@Test
	void thePendingStepEndsAfterFiveMinutes() throws Exception {
		Enrolled user = enrol("slowpoke", Role.VIEWER);
		MockHttpSession session = passwordStep(this.mvc, "slowpoke", "10.1.0.9");
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.mvc.perform(code(session, currentCode(user.secret(), this.clock))))
			.hasRedirectedUrl("/login?expired");
		assertThat(this.mvc.get().uri("/").session(session)).hasRedirectedUrl("/login");
	}

	@Test
	void anAccountDisabledBetweenTheStepsIsNotSignedIn() throws Exception {
		Enrolled user = enrol("disabled-midway", Role.OPERATOR);
		MockHttpSession session = passwordStep(this.mvc, "disabled-midway", "10.1.0.11");
		this.accounts.setEnabled(new Actor("admin", "10.1.0.12", null), user.account().id(), false);
		this.mvc.perform(code(session, currentCode(user.secret(), this.clock)));
		assertThat(this.mvc.get().uri("/").session(session)).hasStatus3xxRedirection()
			.redirectedUrl()
			.matchesAntPattern("/login*");
	}

	@Test
	void theCodePageWithoutAPasswordStepSendsToTheLogin() throws Exception {
		assertThat(this.mvc.get().uri("/login/code")).hasRedirectedUrl("/login?expired");
		assertThat(this.mvc.perform(code(new MockHttpSession(), "123456"))).hasRedirectedUrl("/login?expired");
	}

	@Test
	void aUserWithoutTotpSignsInWithThePasswordAsBefore() throws Exception {
		this.accounts.create(Actor.SYSTEM, "plain", TwoFactorSteps.PASSWORD, Role.VIEWER);
		MockHttpSession session = (MockHttpSession) assertThat(
				this.mvc.perform(login("plain", TwoFactorSteps.PASSWORD, "10.1.0.10")))
			.hasRedirectedUrl("/")
			.actual()
			.getRequest()
			.getSession();
		assertThat(this.mvc.get().uri("/").session(session)).hasStatusOk();
	}

	private Enrolled enrol(String username, Role role) {
		return TwoFactorSteps.enrolled(this.accounts, this.factors, this.clock, username, role);
	}

	private java.util.List<String> auditOutcomes(String actor) {
		return this.jdbc.sql("select outcome from audit_entry where kind = 'LOGIN_CODE' and actor = ? order by id")
			.param(actor)
			.query(String.class)
			.list();
	}

}
