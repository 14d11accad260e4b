package dev.pvedash.proxmox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/security.md #24, as a source scan: no code path trusts every certificate or every
 * host name. Cheap and blunt on purpose; a match is a reason to look, and the fix is
 * never to weaken this test.
 */
class TrustCodeTests {

	private static final Path MAIN = Path.of("src/main/java");

	private static final List<Pattern> FORBIDDEN = List.of(Pattern.compile("InsecureTrustManagerFactory"),
			Pattern.compile("trustAll|TrustAll|TRUST_ALL"),
			// a checkServerTrusted whose body is empty (or only a comment) accepts
			// anything
			Pattern.compile(
					"checkServerTrusted\\s*\\([^)]*\\)\\s*(throws\\s+[\\w.]+\\s*)?\\{\\s*(//[^\\n]*\\s*|/\\*.*?\\*/\\s*)*\\}",
					Pattern.DOTALL),
			// a host name verifier that always says yes
			Pattern.compile("HostnameVerifier[^;]*->\\s*true"),
			Pattern.compile("boolean\\s+verify\\s*\\([^)]*\\)\\s*\\{\\s*return\\s+true\\s*;"),
			Pattern.compile("setEndpointIdentificationAlgorithm\\(\\s*\"\"\\s*\\)"));

	@Test
	@DisplayName("docs/security.md #24: no trust-all trust manager or host name verifier anywhere in src/main")
	void noTrustAllCode() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
				.flatMap(TrustCodeTests::violations)
				.toList();
			assertThat(offenders).isEmpty();
		}
	}

	@Test
	@DisplayName("only the reviewed trust managers exist, and only the pin skips the host name (docs/proxmox-notes.md, TLS)")
	void onlyReviewedTrustManagers() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			List<String> trustManagers = files.filter(f -> f.toString().endsWith(".java"))
				.filter(f -> read(f).matches("(?s).*extends\\s+(X509(Extended)?|ServerOnly)TrustManager.*")
						|| read(f).matches("(?s).*implements\\s+[^{]*X509(Extended)?TrustManager.*"))
				.map(f -> f.getFileName().toString())
				.sorted()
				.toList();
			// the base class only refuses client certificates; the two subclasses are the
			// reviewed server checks
			assertThat(trustManagers).containsExactly("PinnedTrustManager.java", "ServerOnlyTrustManager.java",
					"VerifyingTrustManager.java");
		}
	}

	@Test
	@DisplayName("the scan would catch an empty checkServerTrusted")
	void scanCatchesAnEmptyCheck() {
		String bad = "public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {\n"
				+ "  // trust everyone\n}";
		assertThat(FORBIDDEN.get(2).matcher(bad).find()).isTrue();
		assertThat(FORBIDDEN.get(3).matcher("HostnameVerifier v = (h, s) -> true;").find()).isTrue();
	}

	private static Stream<String> violations(Path file) {
		String source = read(file);
		return FORBIDDEN.stream().filter(p -> p.matcher(source).find()).map(p -> file + " matches " + p.pattern());
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
