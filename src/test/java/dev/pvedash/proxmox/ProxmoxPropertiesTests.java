package dev.pvedash.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.pvedash.proxmox.internal.FakePve;
import dev.pvedash.proxmox.internal.Fingerprints;

/**
 * Startup checks of the PVE settings: wrong values stop the app with the env var's name
 * (docs/security.md #18). Display names start with the docs/security.md item or the
 * docs/proxmox-notes.md section they check.
 */
class ProxmoxPropertiesTests {

	static final String PIN = "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89";

	static ProxmoxProperties token(String url) {
		return new ProxmoxProperties(url, FakePve.TOKEN_ID, FakePve.SECRET, null, null, PIN, null, null, null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://pve.lan:8006", "file:///etc/passwd", "ftp://pve.lan", "https:pve.lan",
			"pve.lan:8006", "//pve.lan:8006", "https://", "https://pve.lan:8006/api2/json", "https://pve.lan:8006/?x=1",
			"https://pve.lan:8006/#top", "https://pve lan", "https://127.0.0.1:8080/actuator" })
	@DisplayName("docs/security.md #18: anything but https://host[:port] is refused, naming PVEDASH_PROXMOX_URL")
	void refusesUrlsThatAreNotAPveBase(String url) {
		assertThatIllegalArgumentException().isThrownBy(() -> token(url)).withMessageContaining("PVEDASH_PROXMOX_URL");
	}

	@Test
	@DisplayName("docs/security.md #18: userinfo is refused, and the password in it is not echoed")
	void refusesUserInfoWithoutEchoingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> token("https://root:hunter2@pve.lan:8006"))
			.withMessageContaining("PVEDASH_PROXMOX_URL")
			.withMessageContaining("user name or password")
			.withMessageNotContaining("hunter2");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://pve.lan:8006", "https://PVE.lan:8006/", "HTTPS://pve.lan:8006",
			" https://pve.lan:8006 " })
	void acceptsABaseUrlAndNormalizesIt(String url) {
		assertThat(token(url).url()).isEqualTo("https://pve.lan:8006");
	}

	@Test
	void acceptsIpAddresses() {
		assertThat(token("https://192.168.1.10:8006").url()).isEqualTo("https://192.168.1.10:8006");
		assertThat(token("https://[fd00::10]:8006").url()).isEqualTo("https://[fd00::10]:8006");
	}

	@ParameterizedTest
	@ValueSource(strings = { "dash@pve", "dash!poller", "dash@pve!", "@pve!poller", "dash@pve!poller extra",
			"dash@p!poller" })
	@DisplayName("Authentication: token id must be USER@REALM!TOKENID")
	void refusesMalformedTokenIds(String tokenId) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProxmoxProperties("https://pve.lan:8006", tokenId, FakePve.SECRET, null, null, null,
					null, null, null))
			.withMessageContaining("PVEDASH_PROXMOX_TOKEN_ID");
	}

	@Test
	@DisplayName("Authentication: a whole header value pasted as the token id is refused without echoing the secret")
	void refusesTokenIdWithSecret() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProxmoxProperties("https://pve.lan:8006", FakePve.TOKEN_ID + "=" + FakePve.SECRET,
					FakePve.SECRET, null, null, null, null, null, null))
			.withMessageContaining("PVEDASH_PROXMOX_TOKEN_SECRET")
			.withMessageNotContaining(FakePve.SECRET);
	}

	@Test
	@DisplayName("exactly one credential: token id + secret, or username + password")
	void requiresExactlyOneCredential() {
		String url = "https://pve.lan:8006";
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProxmoxProperties(url, null, null, null, null, null, null, null, null))
			.withMessageContaining("PVEDASH_PROXMOX_TOKEN_ID");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProxmoxProperties(url, FakePve.TOKEN_ID, FakePve.SECRET, "dash@pve", "pw", null, null,
					null, null))
			.withMessageContaining("not both");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProxmoxProperties(url, FakePve.TOKEN_ID, " ", null, null, null, null, null, null))
			.withMessageContaining("PVEDASH_PROXMOX_TOKEN_SECRET");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProxmoxProperties(url, null, null, "dash@pve", null, null, null, null, null))
			.withMessageContaining("PVEDASH_PROXMOX_PASSWORD");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProxmoxProperties(url, null, null, "dash", "pw", null, null, null, null))
			.withMessageContaining("PVEDASH_PROXMOX_USERNAME");
		assertThat(new ProxmoxProperties(url, null, null, "dash@pve", "pw", null, null, null, null).username())
			.isEqualTo("dash@pve");
	}

	@Test
	@DisplayName("no URL means demo mode, so any other PVE setting is a mistake worth stopping for")
	void refusesSettingsWithoutUrl() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProxmoxProperties("", FakePve.TOKEN_ID, null, null, null, null, null, null, null))
			.withMessageContaining("PVEDASH_PROXMOX_TOKEN_ID is set but PVEDASH_PROXMOX_URL is empty");
		assertThat(new ProxmoxProperties("", "", "", "", "", "", "", null, null).url()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { PIN,
			"ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89",
			"ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789",
			"  abcdef0123456789ABCDEF0123456789abcdef0123456789ABCDEF0123456789 " })
	@DisplayName("TLS, fingerprint: any case, with or without colons → upper-case colon pairs")
	void normalizesFingerprints(String fingerprint) {
		assertThat(Fingerprints.normalize(fingerprint, "X")).isEqualTo(PIN);
		assertThat(new ProxmoxProperties("https://pve.lan", FakePve.TOKEN_ID, FakePve.SECRET, null, null, fingerprint,
				null, null, null)
			.fingerprint()).isEqualTo(PIN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "AB:CD", "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01",
			"ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF012345678",
			"AB-CD-EF-01-23-45-67-89-AB-CD-EF-01-23-45-67-89-AB-CD-EF-01-23-45-67-89-AB-CD-EF-01-23-45-67-89",
			"AB:CDEF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:",
			"GG:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89",
			"SHA256 Fingerprint=AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89" })
	@DisplayName("TLS, fingerprint: a SHA-1, a short, a mis-separated or a non-hex value is refused")
	void refusesOtherFingerprints(String fingerprint) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProxmoxProperties("https://pve.lan", FakePve.TOKEN_ID, FakePve.SECRET, null, null,
					fingerprint, null, null, null))
			.withMessageContaining("PVEDASH_PROXMOX_FINGERPRINT")
			.withMessageContaining("SHA-256");
	}

	@Test
	void refusesPinAndCaFileTogether() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProxmoxProperties("https://pve.lan", FakePve.TOKEN_ID, FakePve.SECRET, null, null,
					PIN, "/etc/pve/pve-root-ca.pem", null, null))
			.withMessageContaining("not both");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProxmoxProperties("https://pve.lan", FakePve.TOKEN_ID, FakePve.SECRET, null, null,
					null, "/nonexistent/pve-root-ca.pem", null, null))
			.withMessageContaining("PVEDASH_PROXMOX_CA_FILE");
	}

	@Test
	@DisplayName("Errors: defaults 3 s / 10 s; a read timeout under PVE's 3 s 401 delay is refused")
	void timeouts() {
		ProxmoxProperties defaults = token("https://pve.lan");
		assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
		assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProxmoxProperties("https://pve.lan", FakePve.TOKEN_ID, FakePve.SECRET, null, null,
					PIN, null, null, Duration.ofSeconds(2)))
			.withMessageContaining("PVEDASH_PROXMOX_READ_TIMEOUT");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProxmoxProperties("https://pve.lan", FakePve.TOKEN_ID, FakePve.SECRET, null, null,
					PIN, null, Duration.ZERO, null))
			.withMessageContaining("PVEDASH_PROXMOX_CONNECT_TIMEOUT");
	}

	@Test
	@DisplayName("docs/security.md #22: toString of the properties and the connection never shows a secret")
	void toStringHidesSecrets() {
		ProxmoxProperties token = token("https://pve.lan:8006");
		ProxmoxProperties login = new ProxmoxProperties("https://pve.lan:8006", null, null, "dash@pve", "hunter2", null,
				null, null, null);
		assertThat(token.toString()).contains(FakePve.TOKEN_ID).doesNotContain(FakePve.SECRET);
		assertThat(login.toString()).contains("dash@pve").doesNotContain("hunter2");
		assertThat(ProxmoxConnection.resolve(token, null).toString()).contains(FakePve.TOKEN_ID, PIN)
			.doesNotContain(FakePve.SECRET);
		assertThat(ProxmoxConnection.resolve(login, null).toString()).doesNotContain("hunter2");
	}

}
