package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.pvedash.support.PveDashServerTest;
import dev.pvedash.support.RawHttp;

/**
 * A state change from a foreign page is refused even with a valid session and CSRF token,
 * and audited as a denial; browsers that say nothing about the origin still work
 * (docs/web-security.md, "Origin check"; OWASP ASVS 5.0 3.5.1).
 */
@PveDashServerTest
class OriginCheckTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	RawHttp admin;

	String token;

	@BeforeEach
	void signIn() throws IOException {
		this.admin = new RawHttp("127.0.0.1", this.port);
		this.admin.login(PveDashServerTest.ADMIN, PveDashServerTest.ADMIN_PASSWORD);
		this.token = this.admin.csrfToken("/");
	}

	@Test
	void foreignOriginIsRefusedWithAValidTokenAndNothingReachesPve() throws IOException {
		long actionsBefore = count("select count(*) from guest_action");
		RawHttp.Response refused = this.admin.postForm("/guests/100/start", Map.of("_csrf", this.token),
				"Origin: https://evil.example");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.header("Content-Security-Policy")).isNotNull();
		assertThat(count("select count(*) from guest_action")).isEqualTo(actionsBefore);
		assertThat(this.jdbc
			.sql("select target || ' | ' || detail from audit_entry where kind = 'ACCESS_DENIED' "
					+ "and actor = ? order by id desc limit 1")
			.param(PveDashServerTest.ADMIN)
			.query(String.class)
			.single()).contains("POST /guests/100/start").contains("https://evil.example");
	}

	@Test
	void crossSiteFetchWithoutOriginIsRefused() throws IOException {
		assertThat(this.admin.postForm("/logout", Map.of("_csrf", this.token), "Sec-Fetch-Site: cross-site").status())
			.isEqualTo(403);
		assertThat(this.admin.postForm("/logout", Map.of("_csrf", this.token), "Origin: null").status()).isEqualTo(403);
	}

	@Test
	void ownOriginAndNoOriginAreAllowed() throws IOException {
		RawHttp.Response own = this.admin.postForm("/logout", Map.of("_csrf", this.token),
				"Host: localhost:" + this.port, "Origin: http://localhost:" + this.port, "Sec-Fetch-Site: same-origin");
		assertThat(own.status()).isEqualTo(302);
		assertThat(own.header("Location")).isEqualTo("/login?logout");
		signIn();
		RawHttp.Response older = this.admin.postForm("/logout", Map.of("_csrf", this.token));
		assertThat(older.header("Location")).isEqualTo("/login?logout");
	}

	@Test
	void loginFromAForeignPageIsRefused() throws IOException {
		RawHttp visitor = new RawHttp("127.0.0.1", this.port);
		RawHttp.Response login = visitor.login(PveDashServerTest.ADMIN, PveDashServerTest.ADMIN_PASSWORD,
				"Origin: https://evil.example");
		assertThat(login.status()).isEqualTo(403);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
