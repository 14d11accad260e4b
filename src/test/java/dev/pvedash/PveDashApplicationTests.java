package dev.pvedash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.awaitility.Awaitility;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.pvedash.support.PveDashServerTest;
import dev.pvedash.support.RawHttp;

/**
 * The whole application on its real server (Tomcat, every filter, the container's error
 * dispatch), reached from different loopback addresses to act as different clients.
 */
@PveDashServerTest
class PveDashApplicationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anonymousVisitorIsSentToTheLoginPageAndHealthShowsOnlyItsStatus() throws IOException {
		RawHttp client = new RawHttp("127.0.0.1", this.port);
		RawHttp.Response home = client.get("/");
		assertThat(home.status()).isEqualTo(302);
		assertThat(home.header("Location")).endsWith("/login");
		RawHttp.Response health = client.get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
		for (String hidden : new String[] { "/actuator/env", "/actuator/heapdump", "/actuator/beans", "/h2-console" }) {
			assertThat(client.get(hidden).status()).as(hidden).isNotEqualTo(200);
		}
	}

	@Test
	void sessionCookieIsHttpOnlySameSiteAndRotatedAtLogin() throws IOException {
		RawHttp client = new RawHttp("127.0.0.1", this.port);
		String before = client.get("/login").cookies().get(0);
		assertThat(before).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
		RawHttp.Response login = client.login(PveDashServerTest.ADMIN, PveDashServerTest.ADMIN_PASSWORD);
		assertThat(login.header("Location")).endsWith("/");
		assertThat(login.cookies()).singleElement().satisfies(after -> assertThat(after).isNotEqualTo(before));
	}

	@Test
	void containerErrorPagesCarryTheSecurityHeadersAndNoInternals() throws IOException {
		RawHttp client = new RawHttp("127.0.0.1", this.port);
		client.login(PveDashServerTest.ADMIN, PveDashServerTest.ADMIN_PASSWORD);
		RawHttp.Response missing = client.get("/no/such/page");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.header("Content-Security-Policy")).contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(missing.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(missing.header("Referrer-Policy")).isEqualTo("same-origin");
		assertThat(missing.body()).contains("This page does not exist")
			.doesNotContain("Whitelabel")
			.doesNotContain("Exception");
		RawHttp.Response adminHealth = client.get("/actuator/health");
		assertThat(adminHealth.body()).contains("\"components\"");
	}

	@Test
	void throttleBlocksOneAddressWhileAnotherStillLogsIn() throws IOException {
		RawHttp attacker = new RawHttp("127.0.0.4", this.port);
		for (int i = 0; i < 6; i++) {
			attacker.login(PveDashServerTest.ADMIN, "guess-number-" + i);
		}
		RawHttp.Response blocked = attacker.login(PveDashServerTest.ADMIN, PveDashServerTest.ADMIN_PASSWORD);
		assertThat(blocked.header("Location")).contains("/login?throttled=");
		RawHttp.Response owner = new RawHttp("127.0.0.3", this.port).login(PveDashServerTest.ADMIN,
				PveDashServerTest.ADMIN_PASSWORD);
		assertThat(owner.header("Location")).endsWith("/");
	}

	@Test
	void forwardedForIsBelievedOnlyFromTheConfiguredProxy() throws IOException {
		new RawHttp("127.0.0.5", this.port).login("spoof-direct", "whatever-pw", "X-Forwarded-For: 203.0.113.66");
		new RawHttp(PveDashServerTest.TRUSTED_PROXY, this.port).login("via-proxy", "whatever-pw",
				"X-Forwarded-For: 203.0.113.77");
		assertThat(addressOf("spoof-direct")).isEqualTo("127.0.0.5");
		assertThat(addressOf("via-proxy")).isEqualTo("203.0.113.77");
	}

	@Test
	void cookieIsSecureWhenTheTrustedProxyServedHttps() throws IOException {
		RawHttp.Response viaHttpsProxy = new RawHttp(PveDashServerTest.TRUSTED_PROXY, this.port).get("/login",
				"X-Forwarded-For: 203.0.113.78", "X-Forwarded-Proto: https");
		assertThat(viaHttpsProxy.cookies()).singleElement().satisfies(c -> assertThat(c).contains("Secure"));
		RawHttp.Response spoofed = new RawHttp("127.0.0.6", this.port).get("/login", "X-Forwarded-Proto: https");
		assertThat(spoofed.cookies()).singleElement().satisfies(c -> assertThat(c).doesNotContain("Secure"));
	}

	@Test
	void demoModeRunsTheRealClientAgainstTheSimulator() throws IOException {
		RawHttp admin = new RawHttp("127.0.0.1", this.port);
		admin.login(PveDashServerTest.ADMIN, PveDashServerTest.ADMIN_PASSWORD);
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(admin.get("/actuator/health").body()).contains(
					"\"proxmox\":{\"details\":{\"mode\":\"demo\",\"version\":\"8.2.4\",\"nodes\":1,\"guests\":7"));
		assertThat(admin.get("/").body()).contains("Demo — simulated Proxmox host.");
	}

	private String addressOf(String actor) {
		return this.jdbc.sql("select client_address from audit_entry where actor = ? and kind = 'LOGIN'")
			.param(actor)
			.query(String.class)
			.single();
	}

}
