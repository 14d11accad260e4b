package dev.pvedash.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SimulatorTlsTests {

	@RegisterExtension
	final SimulatorExtension simulators = new SimulatorExtension();

	@Test
	@DisplayName("like pve-cluster's node certificate: the leaf is CN=pve with SANs pve, localhost, 127.0.0.1, valid two years, pinned by SHA-256")
	void servesAPinnableSelfSignedCertificate() throws Exception {
		PveSimulator simulator = this.simulators.start();
		X509Certificate certificate = simulator.certificate();
		assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=pve");
		assertThat(certificate.getSubjectAlternativeNames().stream().map(san -> String.valueOf(san.get(1))))
			.containsExactlyInAnyOrder("pve", "localhost", "127.0.0.1");
		long days = (certificate.getNotAfter().getTime() - certificate.getNotBefore().getTime()) / 86_400_000L;
		assertThat(days).isEqualTo(730);
		byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
		assertThat(simulator.fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}")
			.isEqualTo(HexFormat.ofDelimiter(":").withUpperCase().formatHex(sha256));
		assertThat(simulator.url().toString()).isEqualTo("https://127.0.0.1:" + simulator.port());
		assertThat(simulator.port()).isPositive();
		assertThat(new SimulatorHttp(simulator).get("/version").status()).isEqualTo(200);
	}

	@Test
	@DisplayName("docs/proxmox-notes.md, TLS: /nodes shows the served certificate's fingerprint as ssl_fingerprint")
	void nodesListTheFingerprint() {
		PveSimulator simulator = this.simulators.start();
		assertThat(new SimulatorHttp(simulator).data("/nodes").get(0).get("ssl_fingerprint").asString())
			.isEqualTo(simulator.fingerprint());
	}

	@Test
	@DisplayName("re-pin only after renewal: the certificate persists in the data directory, so the pinned fingerprint survives restarts")
	void certificatePersistsAcrossRestarts(@TempDir Path dir) {
		String first;
		try (PveSimulator simulator = PveSimulator.start(SimulatorProperties.defaults(), Clock.systemUTC(), dir)) {
			first = simulator.fingerprint();
		}
		assertThat(dir.resolve("pve-ssl.pem")).exists();
		assertThat(dir.resolve("pve-ssl.key")).exists();
		try (PveSimulator simulator = PveSimulator.start(SimulatorProperties.defaults(), Clock.systemUTC(), dir)) {
			assertThat(simulator.fingerprint()).isEqualTo(first);
			assertThat(new SimulatorHttp(simulator).get("/version").status()).isEqualTo(200);
		}
		PveSimulator fresh = this.simulators.start();
		assertThat(fresh.fingerprint()).isNotEqualTo(first);
	}

	@Test
	@DisplayName("docs/proxmox-notes.md, TLS: a client pinned to another certificate cannot even complete the handshake")
	void otherCertificateIsRejected() {
		PveSimulator simulator = this.simulators.start();
		PveSimulator other = this.simulators.start();
		SimulatorHttp wrongPin = SimulatorHttp.pinnedTo(other.certificate(), simulator);
		SimulatorHttp client = new SimulatorHttp(simulator);
		assertThatThrownBy(() -> wrongPin.get("/version")).isInstanceOf(UncheckedIOException.class);
		assertThat(client.get("/version").status()).isEqualTo(200);
	}

	@Test
	@DisplayName("SAN 127.0.0.1: binds to 127.0.0.1 only")
	void bindsToLoopbackOnly() throws Exception {
		PveSimulator simulator = this.simulators.start();
		List<java.net.InetAddress> external = java.util.Collections
			.list(java.net.NetworkInterface.getNetworkInterfaces())
			.stream()
			.flatMap(nic -> java.util.Collections.list(nic.getInetAddresses()).stream())
			.filter(address -> !address.isLoopbackAddress() && address instanceof java.net.Inet4Address)
			.toList();
		for (java.net.InetAddress address : external) {
			assertThatThrownBy(() -> new java.net.Socket(address, simulator.port()).close())
				.isInstanceOf(java.io.IOException.class);
		}
	}

}
