package dev.pvedash.users;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Over HTTPS the session cookie is {@code __Host-PVEDASH_SESSION}, Secure, Path=/ and
 * without Domain: a browser then accepts it only from this very host over a secure
 * connection (MDN "Set-Cookie", cookie prefixes; OWASP ASVS 5.0 3.3.1). HTTPS means
 * Boot's own TLS ({@code server.ssl.enabled}) or a base URL starting with https (TLS
 * ended by a reverse proxy). On plain HTTP on the LAN the name stays unprefixed: browsers
 * reject a {@code __Host-} cookie without Secure, and a Secure cookie is not sent over
 * http. Runs after Boot's customizer, which applies
 * {@code server.servlet.session.cookie.*}.
 */
class SessionCookieCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	static final String HOST_PREFIX = "__Host-";

	private final BaseUrl baseUrl;

	SessionCookieCustomizer(BaseUrl baseUrl) {
		this.baseUrl = baseUrl;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		if (!Ssl.isEnabled(factory.getSsl()) && !this.baseUrl.https()) {
			return;
		}
		Cookie cookie = factory.getSettings().getSession().getCookie();
		String name = (cookie.getName() != null) ? cookie.getName() : "JSESSIONID";
		if (!name.startsWith(HOST_PREFIX)) {
			cookie.setName(HOST_PREFIX + name);
		}
		cookie.setSecure(true);
		cookie.setPath("/");
		cookie.setDomain(null);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
