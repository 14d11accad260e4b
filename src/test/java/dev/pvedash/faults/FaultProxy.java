package dev.pvedash.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.regex.Pattern;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Protocol;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

import dev.pvedash.simulator.PveSimulator;

/**
 * A fault-injecting HTTPS proxy in front of the simulator, on a fixed loopback port: the
 * app under test pins this proxy's certificate and sends every PVE request through it. It
 * records each request that reached it ("POST /nodes/pve/qemu/100/status/stop") and can,
 * per path, answer in PVE's place: a status with a reason, garbage, a hang, a trickled
 * body, a closed connection. It can also stop listening (connection refused) and come
 * back on the same port, or come back with a new certificate.
 */
final class FaultProxy implements AutoCloseable {

	private static final String PREFIX = "/api2/json";

	private record Rule(String method, Pattern path, Function<RecordedRequest, MockResponse> answer) {
	}

	private final SimulatorForwarder simulator;

	private final HeldCertificate original = certificate();

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private final List<Rule> rules = new CopyOnWriteArrayList<>();

	private volatile MockWebServer server;

	private volatile HeldCertificate served = this.original;

	private volatile boolean listening;

	private final int port;

	FaultProxy(PveSimulator simulator) {
		this.simulator = new SimulatorForwarder(simulator);
		this.server = listen(this.original, 0);
		this.port = this.server.getPort();
		this.listening = true;
	}

	String url() {
		return "https://127.0.0.1:" + this.port;
	}

	/**
	 * SHA-256 of the certificate the app pins, as PVE shows it (upper-case hex pairs and
	 * colons).
	 */
	String fingerprint() {
		return fingerprint(this.original);
	}

	String servedFingerprint() {
		return fingerprint(this.served);
	}

	/**
	 * Requests that reached PVE's place since the last call, "METHOD /path" without
	 * query; clears the record.
	 */
	List<String> take() {
		List<String> taken = List.copyOf(this.requests);
		this.requests.removeAll(taken);
		return taken;
	}

	/** Requests recorded so far, without clearing. */
	List<String> seen() {
		return List.copyOf(this.requests);
	}

	/**
	 * Matching requests are answered by {@code answer} instead of the simulator (the last
	 * rule added wins).
	 */
	void answer(String method, String pathRegex, Function<RecordedRequest, MockResponse> answer) {
		this.rules.add(0, new Rule(method, Pattern.compile(pathRegex), answer));
	}

	/** PVE's way of failing: the reason in the status line, an empty {@code data}. */
	void status(String method, String pathRegex, int code, String reason) {
		answer(method, pathRegex,
				request -> new MockResponse.Builder().status("HTTP/1.1 " + code + " " + reason)
					.setHeader("Content-Type", "application/json;charset=UTF-8")
					.body("{\"data\":null}")
					.build());
	}

	/**
	 * Matching requests wait until {@code release} is counted down, then go on to the
	 * simulator.
	 */
	void hold(String method, String pathRegex, CountDownLatch release) {
		answer(method, pathRegex, request -> {
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return this.simulator.forward(request);
		});
	}

	/** Stops listening: connects are refused until {@link #listenAgain()}. */
	void refuse() {
		this.listening = false;
		this.server.close();
	}

	/** Listens again on the same port, with the original certificate. */
	void listenAgain() {
		restart(this.original);
	}

	/**
	 * Comes back on the same port with a newly made certificate; returns its fingerprint.
	 */
	String renewCertificate() {
		restart(certificate());
		return servedFingerprint();
	}

	/** No faults, original certificate, listening; the record of requests is kept. */
	void reset() {
		this.rules.clear();
		if (this.served != this.original || !this.listening) {
			restart(this.original);
		}
	}

	@Override
	public void close() {
		this.server.close();
	}

	private void restart(HeldCertificate certificate) {
		this.server.close();
		this.served = certificate;
		this.server = listen(certificate, this.port);
		this.listening = true;
	}

	private MockWebServer listen(HeldCertificate certificate, int port) {
		MockWebServer mock = new MockWebServer();
		mock.setServerSocketFactory(new ReusingServerSockets());
		mock.useHttps(new HandshakeCertificates.Builder().heldCertificate(certificate).build().sslSocketFactory());
		mock.setProtocols(List.of(Protocol.HTTP_1_1));
		mock.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				return FaultProxy.this.dispatch(request);
			}
		});
		try {
			mock.start(InetAddress.getLoopbackAddress(), port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return mock;
	}

	private MockResponse dispatch(RecordedRequest request) {
		String path = request.getUrl().encodedPath();
		String apiPath = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
		this.requests.add(request.getMethod() + " " + apiPath);
		for (Rule rule : this.rules) {
			if (rule.method().equals(request.getMethod()) && rule.path().matcher(apiPath).matches()) {
				return rule.answer().apply(request);
			}
		}
		return this.simulator.forward(request);
	}

	private static HeldCertificate certificate() {
		return new HeldCertificate.Builder().commonName("pve")
			.addSubjectAlternativeName("localhost")
			.addSubjectAlternativeName("127.0.0.1")
			.build();
	}

	private static String fingerprint(HeldCertificate certificate) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.certificate().getEncoded());
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
		}
		catch (NoSuchAlgorithmException | CertificateEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
