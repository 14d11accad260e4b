package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Redirect targets lose scheme and host; whatever is not a plain local path becomes the
 * home page.
 */
class RelativeRedirectsTests {

	@ParameterizedTest(name = "{0} + {1} -> {2}")
	@CsvSource(delimiter = '|', value = { "'' | /login?logout | /login?logout",
			"'' | http://evil.example/guests?continue | /guests?continue",
			"'' | https://evil.example:8443/guests/101#tasks | /guests/101#tasks", "'' | http://evil.example | /",
			"'' | //evil.example/x | /x", "'' | /\\evil.example | /", "'' | javascript:alert(1) | /",
			"'' | http://x/%0d%0aSet-Cookie | /%0d%0aSet-Cookie", "/dash | /login | /dash/login",
			"/dash | http://evil.example/dash/guests | /dash/guests", "'' | not a url | /" })
	void keepsOnlyTheLocalPath(String contextPath, String url, String expected) {
		assertThat(RelativeRedirects.relative(contextPath, url)).isEqualTo(expected);
	}

}
