package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * First run with no account and no PVEDASH_ADMIN_* variables: no default account exists,
 * the login page explains the setup link, and only the logged token creates the first
 * admin, once (docs/security.md #4). The steps build on each other, hence the order.
 */
@UsersWebMvcTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SetupFlowTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	InitialSetup setup;

	@Autowired
	UserRepository users;

	@Test
	@Order(1)
	void noDefaultAccountAndTheLoginPageExplainsSetup() throws Exception {
		assertThat(this.users.count()).isZero();
		assertThat(this.mvc.get().uri("/")).hasRedirectedUrl("/login");
		Document login = page("/login");
		assertThat(login.select("#setup-pending").text()).contains("setup link");
		assertThat(login.select("form[action=/login]")).isEmpty();
		assertThat(this.mvc.post().uri("/login").with(csrf()).param("username", "admin").param("password", "admin"))
			.hasRedirectedUrl("/login?error");
	}

	@Test
	@Order(2)
	void setupWithoutOrWithAWrongTokenOnlyExplains() throws Exception {
		assertThat(page("/setup").select("#setup-explain").text()).contains("PVEDASH_ADMIN_USERNAME");
		assertThat(page("/setup?token=guess").select("form")).isEmpty();
		assertThat(setup("guess", "eve", "eve-password-1", "eve-password-1")).hasStatusOk();
		assertThat(this.users.count()).isZero();
	}

	@Test
	@Order(3)
	void invalidFormIsShownAgainWithReasons() throws Exception {
		String token = this.setup.pendingToken().orElseThrow();
		String html = assertThat(setup(token, "owner", "short", "short")).hasStatusOk().bodyText().actual();
		assertThat(html).contains("The password needs 10 to 256 characters.");
		html = setup(token, "owner", "long-enough-one", "long-enough-two").exchange()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("The two passwords differ.");
		assertThat(this.users.count()).isZero();
	}

	@Test
	@Order(3)
	void aCommonPasswordIsRefusedAtSetupWithTheReason() throws Exception {
		String token = this.setup.pendingToken().orElseThrow();
		String html = assertThat(setup(token, "owner", "password123", "password123")).hasStatusOk().bodyText().actual();
		assertThat(html).contains("a very common password");
		assertThat(this.users.count()).isZero();
	}

	@Test
	@Order(4)
	void theLoggedTokenCreatesTheFirstAdminOnce() throws Exception {
		String token = this.setup.pendingToken().orElseThrow();
		assertThat(page("/setup?token=" + token).select("form[action=/setup]")).hasSize(1);
		assertThat(setup(token, "Owner", "Owner-6-ridge-lantern", "Owner-6-ridge-lantern"))
			.hasRedirectedUrl("/login?setup");
		assertThat(this.users.findByUsername("owner"))
			.hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(Role.ADMIN));
		assertThat(this.setup.pendingToken()).isEmpty();
		// the token is spent: a second use changes nothing
		assertThat(setup(token, "second", "second-password", "second-password")).hasRedirectedUrl("/login");
		assertThat(this.users.count()).isOne();
		assertThat(this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", "owner")
			.param("password", "Owner-6-ridge-lantern")).hasRedirectedUrl("/");
	}

	/** The setup form as the page posts it. */
	private MockMvcTester.MockMvcRequestBuilder setup(String token, String username, String password,
			String confirmPassword) {
		return this.mvc.post()
			.uri("/setup")
			.with(csrf())
			.param("token", token)
			.param("username", username)
			.param("password", password)
			.param("confirmPassword", confirmPassword);
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(assertThat(this.mvc.get().uri(path)).hasStatusOk().bodyText().actual());
	}

}
