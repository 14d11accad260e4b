package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import dev.pvedash.support.PveDashServerTest;
import dev.pvedash.support.RawHttp;

/**
 * A forged {@code Host} header never comes back in a {@code Location}: every redirect is
 * relative (docs/web-security.md, "Redirects"; OWASP ASVS 5.0 3.7.2 and 4.1.2's
 * host-header class of bugs).
 */
@PveDashServerTest
class ForgedHostRedirectTests {

	private static final String EVIL = "Host: evil.example";

	@LocalServerPort
	int port;

	@Test
	void signedOutVisitorIsSentToTheRelativeLoginPage() throws IOException {
		RawHttp.Response home = new RawHttp("127.0.0.1", this.port).get("/", EVIL);
		assertThat(home.status()).isEqualTo(302);
		assertThat(home.header("Location")).isEqualTo("/login");
	}

	@Test
	void loginLandsOnTheSavedPageWithoutTheForgedHost() throws IOException {
		RawHttp client = new RawHttp("127.0.0.1", this.port);
		client.get("/guests", EVIL);
		RawHttp.Response login = client.login(PveDashServerTest.ADMIN, PveDashServerTest.ADMIN_PASSWORD, EVIL);
		assertThat(login.status()).isEqualTo(302);
		assertThat(login.header("Location")).startsWith("/guests").doesNotContain("evil");
	}

	@Test
	void failedLoginAndLogoutRedirectsAreRelative() throws IOException {
		RawHttp client = new RawHttp("127.0.0.1", this.port);
		assertThat(client.login(PveDashServerTest.ADMIN, "wrong-password-here", EVIL).header("Location"))
			.isEqualTo("/login?error");
		client.login(PveDashServerTest.ADMIN, PveDashServerTest.ADMIN_PASSWORD);
		String token = client.csrfToken("/");
		RawHttp.Response logout = client.postForm("/logout", Map.of("_csrf", token), EVIL);
		assertThat(logout.status()).isEqualTo(302);
		assertThat(logout.header("Location")).isEqualTo("/login?logout");
	}

	@Test
	void htmxRequestsAreRedirectedRelativeToo() throws IOException {
		RawHttp client = new RawHttp("127.0.0.1", this.port);
		// the setup page sends everyone to the login once an account exists (a Spring MVC
		// redirect: view)
		RawHttp.Response setup = client.get("/setup", EVIL, "HX-Request: true");
		assertThat(setup.status()).isEqualTo(302);
		assertThat(setup.header("Location")).isEqualTo("/login");
		client.login(PveDashServerTest.ADMIN, PveDashServerTest.ADMIN_PASSWORD);
		String token = client.csrfToken("/");
		RawHttp.Response logout = client.postForm("/logout", Map.of(), EVIL, "HX-Request: true",
				"X-CSRF-TOKEN: " + token);
		assertThat(logout.header("Location")).isEqualTo("/login?logout");
	}

}
