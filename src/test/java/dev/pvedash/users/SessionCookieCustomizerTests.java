package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.Ssl;

/**
 * The cookie's name and Secure flag follow how the dashboard is served
 * (docs/web-security.md, "Session cookie").
 */
class SessionCookieCustomizerTests {

	@ParameterizedTest(name = "ssl={0} base={1} -> {2} secure={3}")
	@CsvSource(nullValues = "-",
			value = { "false, -,                        PVEDASH_SESSION,        -",
					"false, http://10.0.0.5:8080,     PVEDASH_SESSION,        -",
					"true,  -,                        __Host-PVEDASH_SESSION, true",
					"false, https://dash.home.lan,    __Host-PVEDASH_SESSION, true" })
	void nameAndSecureFollowHttps(boolean ssl, String base, String name, Boolean secure) {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		if (ssl) {
			Ssl settings = new Ssl();
			settings.setEnabled(true);
			factory.setSsl(settings);
		}
		Cookie cookie = factory.getSettings().getSession().getCookie();
		cookie.setName("PVEDASH_SESSION");
		new SessionCookieCustomizer(BaseUrl.parse(base)).customize(factory);
		assertThat(cookie.getName()).isEqualTo(name);
		assertThat(cookie.getSecure()).isEqualTo(secure);
		if (secure != null) {
			assertThat(cookie.getPath()).isEqualTo("/");
			assertThat(cookie.getDomain()).isNull();
		}
	}

}
