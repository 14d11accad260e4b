package dev.pvedash.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.awaitility.Awaitility;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test client for the simulator over real HTTPS: the JDK HttpClient with a trust store
 * holding only the simulator's certificate (so a changed certificate fails the
 * handshake), the token header by default, and a raw TLS socket for the status line,
 * which HttpClient does not expose. Waiting for a task polls its status (no fixed
 * sleeps).
 */
final class SimulatorHttp {

	static final JsonMapper JSON = JsonMapper.builder().build();

	record Response(int status, String body, HttpResponse<String> raw) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		JsonNode data() {
			return json().get("data");
		}

	}

	private final PveSimulator simulator;

	private final SSLContext tls;

	private final HttpClient http;

	private final List<String> headers;

	SimulatorHttp(PveSimulator simulator) {
		this(simulator, pinned(simulator.certificate()), token(simulator));
	}

	/** Talks to {@code target} but trusts only {@code certificate}. */
	static SimulatorHttp pinnedTo(X509Certificate certificate, PveSimulator target) {
		return new SimulatorHttp(target, pinned(certificate), token(target));
	}

	private static List<String> token(PveSimulator simulator) {
		return List.of("Authorization", "PVEAPIToken=" + simulator.tokenId() + "=" + simulator.tokenSecret());
	}

	private SimulatorHttp(PveSimulator simulator, SSLContext tls, List<String> headers) {
		this.simulator = simulator;
		this.tls = tls;
		this.headers = headers;
		this.http = HttpClient.newBuilder()
			.sslContext(tls)
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/** Same trust, other headers (none: unauthenticated). */
	SimulatorHttp withHeaders(String... headers) {
		return new SimulatorHttp(this.simulator, this.tls, List.of(headers));
	}

	static SSLContext pinned(X509Certificate certificate) {
		try {
			KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
			store.load(null, null);
			store.setCertificateEntry("pve", certificate);
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init(store);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, factory.getTrustManagers(), null);
			return context;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	Response get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	Response post(String path, Map<String, String> form) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(form))));
	}

	Response put(String path, Map<String, String> form) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.PUT(HttpRequest.BodyPublishers.ofString(form(form))));
	}

	Response delete(String path) {
		return send(HttpRequest.newBuilder(uri(path)).DELETE());
	}

	/** {@code data} of a GET that must succeed. */
	JsonNode data(String path) {
		Response response = get(path);
		if (response.status() != 200) {
			throw new AssertionError("GET " + path + " answered " + response.status() + ": " + response.body());
		}
		return response.data();
	}

	/** The first line of the raw answer, e.g. {@code HTTP/1.1 500 VM 999 not running}. */
	String statusLine(String method, String path) {
		try (SSLSocket socket = (SSLSocket) this.tls.getSocketFactory()
			.createSocket("127.0.0.1", this.simulator.port())) {
			socket.setSoTimeout(10_000);
			StringBuilder request = new StringBuilder(
					method + " /api2/json" + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
			for (int i = 0; i < this.headers.size(); i += 2) {
				request.append(this.headers.get(i)).append(": ").append(this.headers.get(i + 1)).append("\r\n");
			}
			request.append("Content-Length: 0\r\nConnection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
			return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
				.readLine();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Response send(HttpRequest.Builder builder) {
		if (!this.headers.isEmpty()) {
			builder.headers(this.headers.toArray(String[]::new));
		}
		try {
			HttpResponse<String> response = this.http.send(builder.timeout(Duration.ofSeconds(20)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(this.simulator.url() + "/api2/json" + path);
	}

	static String form(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/**
	 * Polls {@code /nodes/{node}/tasks/{upid}/status} until {@code stopped}; returns the
	 * final status.
	 */
	JsonNode awaitTask(String upid) {
		String path = "/nodes/" + TaskId.parse(upid).node() + "/tasks/" + encode(upid) + "/status";
		JsonNode[] last = new JsonNode[1];
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> "stopped".equals((last[0] = data(path)).get("status").asString()));
		return last[0];
	}

	/** URL-encodes a UPID for use as a path segment. */
	static String encode(String upid) {
		return URLEncoder.encode(upid, StandardCharsets.UTF_8);
	}

	static List<String> texts(JsonNode array, String field) {
		List<String> texts = new ArrayList<>();
		array.forEach(item -> texts.add(item.get(field).asString()));
		return texts;
	}

}
