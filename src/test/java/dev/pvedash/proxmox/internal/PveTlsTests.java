package dev.pvedash.proxmox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.util.Map;

import io.netty.buffer.ByteBufAllocator;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.pvedash.proxmox.ProxmoxConnection;
import dev.pvedash.proxmox.ProxmoxException.Kind;
import dev.pvedash.proxmox.ProxmoxTlsException;

/**
 * docs/proxmox-notes.md, TLS, and docs/security.md #24: every trust mode verifies, a
 * refused server receives nothing.
 */
class PveTlsTests {

	@RegisterExtension
	final FakePveExtension fakePve = new FakePveExtension();

	private FakePve pve;

	@Test
	@DisplayName("pinned fingerprint matches: the request goes out with the token header")
	void pinnedCertificateIsTrusted() throws Exception {
		this.pve = this.fakePve.selfSigned();
		this.pve.enqueue(FakePve.json(200, "{\"data\":{\"version\":\"8.2.4\"}}"));

		var data = this.pve.client(this.pve.pinned()).get("/version", Map.of());

		assertThat(data.path("version").asString()).isEqualTo("8.2.4");
		RecordedRequest request = this.pve.server.takeRequest();
		assertThat(request.getHeaders().get("Authorization"))
			.isEqualTo("PVEAPIToken=" + FakePve.TOKEN_ID + "=" + FakePve.SECRET);
		assertThat(request.getTarget()).isEqualTo("/api2/json/version");
	}

	@Test
	@DisplayName("pin ignores the host name: PVE's self-signed certificate names the node, not our URL")
	void pinnedCertificateNeedsNoMatchingName() {
		this.pve = this.fakePve.selfSigned("pve1.example");
		this.pve.enqueue(FakePve.json(200, "{\"data\":[]}"));

		assertThat(this.pve.client(this.pve.pinned()).get("/nodes", Map.of()).isArray()).isTrue();
	}

	@Test
	@DisplayName("pin mismatch: both fingerprints named, nothing sent")
	void changedCertificateIsRefusedBeforeAnythingIsSent() {
		this.pve = this.fakePve.selfSigned();
		String other = Fingerprints.of(FakePve.certificate(null, "localhost").certificate());

		assertThatExceptionOfType(ProxmoxTlsException.class)
			.isThrownBy(() -> this.pve.client(this.pve.token("localhost", other, null)).get("/version", Map.of()))
			.satisfies(ex -> {
				assertThat(ex.kind()).isEqualTo(Kind.TLS);
				assertThat(ex.getMessage())
					.contains("certificate changed: pinned " + other + ", presented " + this.pve.fingerprint());
				assertThat(ex.presentedFingerprint()).contains(this.pve.fingerprint());
				assertThat(ex.pinnedFingerprint()).contains(other);
			});
		assertThat(this.pve.server.getRequestCount()).isZero();
	}

	@Test
	@DisplayName("no pin, self-signed: refused by the JVM trust store, the presented fingerprint offered")
	void selfSignedWithoutPinIsRefused() {
		this.pve = this.fakePve.selfSigned();

		assertThatExceptionOfType(ProxmoxTlsException.class)
			.isThrownBy(() -> this.pve.client(this.pve.token("localhost", null, null)).get("/version", Map.of()))
			.withMessageStartingWith("certificate not trusted: presented SHA-256 " + this.pve.fingerprint()
					+ "; set PVEDASH_PROXMOX_FINGERPRINT to pin it");
		assertThat(this.pve.server.getRequestCount()).isZero();
	}

	@Test
	@DisplayName("CA file (pve-root-ca.pem): a certificate it signed for the host is trusted")
	void caSignedCertificateIsTrusted(@TempDir Path dir) {
		HeldCertificate ca = FakePve.certificateAuthority();
		this.pve = this.fakePve.signedBy(ca, "localhost");
		this.pve.enqueue(FakePve.json(200, "{\"data\":{\"version\":\"8.2.4\"}}"));

		var client = this.pve.client(this.pve.token("localhost", null, FakePve.pem(dir, ca)));

		assertThat(client.get("/version", Map.of()).path("version").asString()).isEqualTo("8.2.4");
	}

	@Test
	@DisplayName("CA file: a certificate it signed for another host name is refused, nothing sent")
	void caSignedCertificateForAnotherHostIsRefused(@TempDir Path dir) {
		HeldCertificate ca = FakePve.certificateAuthority();
		this.pve = this.fakePve.signedBy(ca, "localhost");

		var client = this.pve.client(this.pve.token("127.0.0.1", null, FakePve.pem(dir, ca)));

		assertThatExceptionOfType(ProxmoxTlsException.class).isThrownBy(() -> client.get("/version", Map.of()))
			.withMessageContaining("certificate not trusted: presented SHA-256 " + this.pve.fingerprint())
			.withMessageContaining("127.0.0.1");
		assertThat(this.pve.server.getRequestCount()).isZero();
	}

	@Test
	@DisplayName("CA file: a certificate another CA signed is refused")
	void certificateFromAnotherCaIsRefused(@TempDir Path dir) {
		this.pve = this.fakePve.signedBy(FakePve.certificateAuthority(), "localhost");

		var client = this.pve
			.client(this.pve.token("localhost", null, FakePve.pem(dir, FakePve.certificateAuthority())));

		assertThatExceptionOfType(ProxmoxTlsException.class).isThrownBy(() -> client.get("/version", Map.of()))
			.withMessageContaining("certificate not trusted");
		assertThat(this.pve.server.getRequestCount()).isZero();
	}

	@Test
	@DisplayName("docs/security.md #24: only TLS 1.2 and 1.3 are offered, in every trust mode")
	void offersOnlyModernTls() {
		this.pve = this.fakePve.selfSigned();
		for (ProxmoxConnection connection : new ProxmoxConnection[] { this.pve.pinned(),
				this.pve.token("localhost", null, null) }) {
			var engine = PveTls.sslContext(connection).newEngine(ByteBufAllocator.DEFAULT);
			assertThat(engine.getEnabledProtocols()).containsOnly("TLSv1.2", "TLSv1.3");
		}
	}

}
