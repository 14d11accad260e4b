package dev.pvedash.proxmox.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

import dev.pvedash.proxmox.ProxmoxConnection;
import dev.pvedash.proxmox.TestConnections;

/**
 * A fake PVE for transport tests: MockWebServer over HTTPS with a certificate made for
 * the test, and clients pointed at it, all closed together.
 */
public final class FakePve implements AutoCloseable {

	public static final String TOKEN_ID = "dash@pve!poller";

	public static final String SECRET = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	public final MockWebServer server = new MockWebServer();

	final HeldCertificate certificate;

	private final List<AutoCloseable> clients = new ArrayList<>();

	private FakePve(HeldCertificate certificate, X509Certificate... chain) {
		this.certificate = certificate;
		this.server.useHttps(
				new HandshakeCertificates.Builder().heldCertificate(certificate, chain).build().sslSocketFactory());
		try {
			this.server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Self-signed for the names PVE's own certificate carries for local access
	 * (pve-cluster's certificate generation).
	 */
	public static FakePve selfSigned() {
		return selfSigned("localhost", "127.0.0.1");
	}

	public static FakePve selfSigned(String... names) {
		return new FakePve(certificate(null, names));
	}

	public static FakePve signedBy(HeldCertificate ca, String... names) {
		return new FakePve(certificate(ca, names), ca.certificate());
	}

	static HeldCertificate certificateAuthority() {
		return new HeldCertificate.Builder().commonName("Proxmox Virtual Environment").certificateAuthority(0).build();
	}

	static HeldCertificate certificate(HeldCertificate ca, String... names) {
		HeldCertificate.Builder builder = new HeldCertificate.Builder().commonName("pve");
		for (String name : names) {
			builder.addSubjectAlternativeName(name);
		}
		return (ca != null) ? builder.signedBy(ca).build() : builder.build();
	}

	static Path pem(Path dir, HeldCertificate certificate) {
		try {
			return Files.writeString(dir.resolve("pve-root-ca.pem"), certificate.certificatePem());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String fingerprint() {
		return Fingerprints.of(this.certificate.certificate());
	}

	public String url(String host) {
		return "https://" + host + ":" + this.server.getPort();
	}

	/** Token auth, the certificate pinned. */
	public ProxmoxConnection pinned() {
		return token("localhost", fingerprint(), null);
	}

	public ProxmoxConnection token(String host, String fingerprint, Path caFile) {
		return TestConnections.token(url(host), TOKEN_ID, SECRET, fingerprint,
				(caFile != null) ? caFile.toString() : null);
	}

	ProxmoxConnection ticket(String username, String password) {
		return TestConnections.ticket(url("localhost"), username, password, fingerprint());
	}

	/** A client with short back-off, so retry tests stay fast. */
	WebClientPveHttp client(ProxmoxConnection connection) {
		return client(connection, Clock.systemUTC());
	}

	/**
	 * The same client, seen as the interface: the only view tests outside this package
	 * have of it.
	 */
	public PveHttp http(ProxmoxConnection connection) {
		return client(connection);
	}

	WebClientPveHttp client(ProxmoxConnection connection, Clock clock) {
		WebClientPveHttp client = new WebClientPveHttp(connection, TestConnections.secret(connection), clock,
				Duration.ofMillis(20));
		this.clients.add(client);
		return client;
	}

	public void enqueue(MockResponse response) {
		this.server.enqueue(response);
	}

	public static MockResponse json(int code, String body) {
		return new MockResponse.Builder().code(code)
			.setHeader("Content-Type", "application/json;charset=UTF-8")
			.body(body)
			.build();
	}

	public static MockResponse status(String statusLine, String body) {
		return new MockResponse.Builder().status(statusLine)
			.setHeader("Content-Type", "application/json;charset=UTF-8")
			.body(body)
			.build();
	}

	@Override
	public void close() throws Exception {
		for (AutoCloseable client : this.clients) {
			client.close();
		}
		this.server.close();
	}

}
