package dev.pvedash.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import dev.pvedash.support.PveDashServerTest;
import dev.pvedash.support.RawHttp;

/**
 * Requests refused before any controller runs (Tomcat's URI checks, Spring Security's
 * firewall) still answer with the app's security headers and a plain page that names no
 * server (docs/web-security.md, "Headers").
 */
@PveDashServerTest
class RejectedRequestHeadersTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/guests/..%2F../start", "/%", "/guests/100;jsessionid=x", "/guests//100", "/%2e%2e/x",
			"/guests/%0d%0a" })
	void rejectedRequestsCarryTheSecurityHeaders(String path) throws IOException {
		RawHttp.Response response = new RawHttp("127.0.0.1", this.port).get(path);
		assertThat(response.status()).as(path).isEqualTo(400);
		assertThat(response.header("Content-Security-Policy")).as(path)
			.isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
		assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
		assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
		assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
		assertThat(response.header("Cache-Control")).as(path).contains("no-store");
		assertThat(response.header("Server")).as(path).isNull();
		assertThat(response.body()).as(path)
			.doesNotContainIgnoringCase("tomcat")
			.doesNotContain("Exception")
			.doesNotContain("<script");
	}

}
