package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.pvedash.support.PveDashServerTest;

/**
 * Served over HTTPS (Boot's server.ssl with a keystore made for this test), the session
 * cookie is {@code __Host-} prefixed and Secure, and sign-in works with it
 * (docs/web-security.md, "Session cookie"; OWASP ASVS 5.0 3.3.1, 3.3.3).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "pvedash.admin.username=" + PveDashServerTest.ADMIN,
				"pvedash.admin.password=" + PveDashServerTest.ADMIN_PASSWORD, "server.ssl.enabled=true",
				"server.ssl.key-store-type=PKCS12", "server.ssl.key-store-password=test-only",
				"server.ssl.key-alias=pvedash" })
class HttpsSessionCookieTests {

	private static final Path KEYSTORE = keystore();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void keystore(DynamicPropertyRegistry registry) {
		registry.add("server.ssl.key-store", () -> KEYSTORE.toUri().toString());
	}

	@Test
	void sessionCookieIsHostPrefixedAndSecureAndSignInWorks() throws Exception {
		HttpClient client = HttpClient.newBuilder().sslContext(trusting(KEYSTORE)).build();
		HttpResponse<String> page = client.send(HttpRequest.newBuilder(url("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		List<String> cookies = page.headers().allValues("Set-Cookie");
		assertThat(cookies).singleElement().satisfies(cookie -> {
			assertThat(cookie).startsWith("__Host-PVEDASH_SESSION=")
				.contains("; Path=/")
				.contains("; Secure")
				.contains("; HttpOnly")
				.contains("SameSite=Lax")
				.doesNotContainIgnoringCase("Domain=");
		});
		assertThat(page.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
		String session = cookies.get(0).substring(0, cookies.get(0).indexOf(';'));
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(csrf.find()).isTrue();
		String form = "username=" + PveDashServerTest.ADMIN + "&password="
				+ URLEncoder.encode(PveDashServerTest.ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ csrf.group(1);
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(url("/login"))
			.header("Cookie", session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValue("/");
		assertThat(login.headers().allValues("Set-Cookie")).singleElement()
			.satisfies(cookie -> assertThat(cookie).startsWith("__Host-PVEDASH_SESSION=").contains("; Secure"));
	}

	private URI url(String path) {
		return URI.create("https://localhost:" + this.port + path);
	}

	/**
	 * EC P-256, CN and SAN localhost, two days: made with the JDK's keytool so no
	 * certificate is checked in.
	 */
	private static Path keystore() {
		try {
			Path dir = Files.createDirectories(Path.of("target", "test-keystores"));
			Path file = Files.createTempFile(dir, "https-", ".p12");
			Files.delete(file);
			Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
					"-genkeypair", "-alias", "pvedash", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
					"-dname", "CN=localhost", "-ext", "san=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
					"-keystore", file.toString(), "-storepass", "test-only", "-keypass", "test-only")
				.redirectErrorStream(true)
				.start();
			String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (keytool.waitFor() != 0) {
				throw new IllegalStateException("keytool failed: " + output);
			}
			return file.toAbsolutePath();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static SSLContext trusting(Path keystore) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keystore)) {
			store.load(in, "test-only".toCharArray());
		}
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(store);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, trust.getTrustManagers(), null);
		return context;
	}

}
