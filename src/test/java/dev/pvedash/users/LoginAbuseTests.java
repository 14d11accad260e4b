package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The login form under abuse (docs/sign-in.md; OWASP ASVS 5.0 6.3.1): oversized usernames
 * are refused before anything is stored, and a spray from one address is cut off without
 * locking the owner out elsewhere.
 */
@UsersWebMvcTest
class LoginAbuseTests {

	static final String PASSWORD = "Zq8-lantern-orbit-x";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcClient jdbc;

	@Test
	void megabyteUsernamesAreRefusedBeforeTheThrottleOrTheAuditStoresThem() throws Exception {
		long before = this.throttle.trackedPairs();
		String huge = "x".repeat(1024 * 1024);
		for (int i = 0; i < 100; i++) {
			assertThat(this.mvc.perform(login(huge + i, "whatever-password", "10.66.0.1")))
				.hasRedirectedUrl("/login?error");
		}
		// at most the address is remembered, never one entry per name
		assertThat(this.throttle.trackedPairs() - before).isLessThanOrEqualTo(1);
		Integer longest = this.jdbc.sql("select coalesce(max(length(actor)), 0) from audit_entry")
			.query(Integer.class)
			.single();
		assertThat(longest).isLessThanOrEqualTo(64);
	}

	@Test
	void aSprayFromOneAddressIsCutOffEarlyWhileTheOwnerStillSignsInFromAnother() throws Exception {
		this.accounts.create(Actor.SYSTEM, "sprayed", PASSWORD, Role.ADMIN);
		int checked = 0;
		for (int i = 0; i < 200; i++) {
			String target = this.mvc.perform(login("user" + i, "guess-" + i, "10.66.0.2"))
				.getResponse()
				.getRedirectedUrl();
			if ("/login?error".equals(target)) {
				checked++; // only a refusal by the password check itself says "error"; a
							// throttled one says how long to wait
			}
		}
		assertThat(checked).isLessThanOrEqualTo(20);
		assertThat(this.mvc.perform(login("sprayed", PASSWORD, "10.66.0.2"))).redirectedUrl()
			.matchesAntPattern("/login?throttled=*&scope=address");
		assertThat(this.mvc.perform(login("sprayed", PASSWORD, "10.66.0.3"))).hasRedirectedUrl("/");
	}

	@Test
	void theBlockedAddressIsToldWhyAndHowLong() throws Exception {
		String html = assertThat(this.mvc.get().uri("/login").param("throttled", "75").param("scope", "address"))
			.hasStatusOk()
			.bodyText()
			.actual();
		assertThat(html).contains("Too many failed sign-ins from your address").contains("Wait 1 min 15 s");
		html = assertThat(this.mvc.get().uri("/login").param("throttled", "2").param("scope", "username")).hasStatusOk()
			.bodyText()
			.actual();
		assertThat(html).contains("tries from your address are slowed down").contains("Wait 0 min 2 s");
	}

	static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

}
