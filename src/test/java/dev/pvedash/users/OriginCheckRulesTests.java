package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import dev.pvedash.support.MutableClock;

/**
 * The Origin rule as a table, the base URL's validation, and denial reasons kept to one
 * line.
 */
class OriginCheckRulesTests {

	@ParameterizedTest(name = "{0} {1} Origin={2} Sec-Fetch-Site={3} base={4} -> allowed={5}")
	@CsvSource(nullValues = "-",
			value = { "GET,  http,  -,                          cross-site,  -,                      true",
					"POST, http,  -,                          -,           -,                      true",
					"POST, http,  -,                          same-origin, -,                      true",
					"POST, http,  -,                          none,        -,                      true",
					"POST, http,  -,                          cross-site,  -,                      false",
					"POST, http,  -,                          same-site,   -,                      false",
					"POST, http,  http://dash.lan:8080,       same-origin, -,                      true",
					"POST, http,  HTTP://DASH.LAN:8080,       -,           -,                      true",
					"POST, http,  http://dash.lan,            -,           -,                      false",
					"POST, http,  https://dash.lan:8080,      -,           -,                      false",
					"POST, http,  https://evil.example,       -,           -,                      false",
					"POST, http,  null,                       -,           -,                      false",
					"POST, http,  https://dash.example,       -,           https://dash.example,   true",
					"POST, http,  https://dash.example:443,   -,           https://dash.example/,  true",
					"DELETE, http, https://evil.example,      -,           https://dash.example,   false",
					"POST, https, https://dash.lan:8080,      -,           -,                      true" })
	void originRule(String method, String scheme, String origin, String site, String base, boolean allowed) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, "/guests/100/start");
		request.setScheme(scheme);
		request.setServerName("dash.lan");
		request.setServerPort(8080);
		if (origin != null) {
			request.addHeader("Origin", origin);
		}
		if (site != null) {
			request.addHeader("Sec-Fetch-Site", site);
		}
		assertThat(new OriginCheck(BaseUrl.parse(base)).refusal(request) == null).isEqualTo(allowed);
	}

	@Test
	void baseUrlIsAnOriginOrNothing() {
		assertThat(BaseUrl.parse("").origin()).isNull();
		assertThat(BaseUrl.parse("https://Dash.Home.LAN/").origin()).isEqualTo("https://dash.home.lan");
		assertThat(BaseUrl.parse("https://dash.home.lan:8443").https()).isTrue();
		assertThat(BaseUrl.parse("http://10.0.0.5:8080").https()).isFalse();
		for (String bad : new String[] { "dash.home.lan", "ftp://dash", "https://dash/app", "https://u:p@dash",
				"https://dash/?x=1" }) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> BaseUrl.parse(bad));
		}
	}

	@Test
	void deniedReasonsAndPathsStayOnOneLine() throws Exception {
		List<Object> events = new ArrayList<>();
		AuditingAccessDeniedHandler handler = new AuditingAccessDeniedHandler(events::add,
				new MutableClock(Instant.parse("2026-12-01T10:00:00Z")));
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/guests/1\r\nFAKE ENTRY");
		request.setRemoteAddr("10.0.0.9");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("alice", null,
					AuthorityUtils.createAuthorityList("ROLE_VIEWER")));
		try {
			handler.handle(request, new MockHttpServletResponse(),
					new AccessDeniedException("foreign origin https://x\nFAKE ENTRY"));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		assertThat(events).singleElement().isInstanceOfSatisfying(AccessDenied.class, denied -> {
			assertThat(denied.path()).isEqualTo("/guests/1%0D%0AFAKE ENTRY");
			assertThat(denied.reason()).isEqualTo("foreign origin https://x%0AFAKE ENTRY");
			assertThat(denied.actor()).isEqualTo("alice");
			assertThat(denied.clientAddress()).isEqualTo("10.0.0.9");
		});
	}

}
