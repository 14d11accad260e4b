package dev.pvedash.proxmox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.pvedash.proxmox.ProxmoxConnection;
import dev.pvedash.proxmox.ProxmoxException;
import dev.pvedash.proxmox.ProxmoxException.Kind;
import dev.pvedash.proxmox.TestConnections;

/**
 * What goes on the wire (docs/proxmox-notes.md, Envelope and values) and what happens
 * when the wire fails: timeouts, refusal, redirects.
 */
class PveWireTests {

	@RegisterExtension
	final FakePveExtension fakePve = new FakePveExtension();

	private FakePve pve;

	private WebClientPveHttp client;

	@BeforeEach
	void start() {
		this.pve = this.fakePve.selfSigned();
		this.client = this.pve.client(this.pve.pinned());
	}

	@Test
	@DisplayName("read timeout: a PVE that accepts and never answers")
	void readTimeout() {
		WebClientPveHttp impatient = this.pve
			.client(TestConnections.withTimeouts(this.pve.pinned(), Duration.ofSeconds(3), Duration.ofMillis(300)));
		this.pve.enqueue(FakePve.json(200, "{\"data\":[]}").newBuilder().headersDelay(1, TimeUnit.SECONDS).build());

		assertThatExceptionOfType(ProxmoxException.class).isThrownBy(() -> impatient.get("/nodes", Map.of()))
			.satisfies(ex -> {
				assertThat(ex.kind()).isEqualTo(Kind.TIMEOUT);
				assertThat(ex.getMessage()).contains("within 300 ms");
			});
		assertThat(this.pve.server.getRequestCount()).as("a read timeout is not retried").isOne();
	}

	@Test
	@DisplayName("a body trickling in byte by byte is cut at the overall deadline (connect + 2 × read timeout)")
	void tricklingBodyHitsTheDeadline() {
		WebClientPveHttp impatient = this.pve
			.client(TestConnections.withTimeouts(this.pve.pinned(), Duration.ofMillis(200), Duration.ofMillis(400)));
		this.pve.enqueue(FakePve.json(200, "{\"data\":[" + "0,".repeat(40) + "0]}")
			.newBuilder()
			.throttleBody(1, 100, TimeUnit.MILLISECONDS)
			.build());

		assertThatExceptionOfType(ProxmoxException.class).isThrownBy(() -> impatient.get("/nodes", Map.of()))
			.satisfies(ex -> {
				assertThat(ex.kind()).isEqualTo(Kind.TIMEOUT);
				assertThat(ex.getMessage()).contains("not complete within 1000 ms");
			});
	}

	@Test
	@DisplayName("connection refused: nothing listens on the port")
	void connectionRefused() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		ProxmoxConnection closed = TestConnections.token("https://127.0.0.1:" + port, FakePve.TOKEN_ID, FakePve.SECRET,
				this.pve.fingerprint(), null);

		assertThatExceptionOfType(ProxmoxException.class)
			.isThrownBy(() -> this.pve.client(closed).get("/nodes", Map.of()))
			.satisfies(ex -> {
				assertThat(ex.kind()).isEqualTo(Kind.CONNECTION);
				assertThat(ex.getMessage()).contains("could not connect").contains("refused");
			});
	}

	@Test
	@DisplayName("docs/security.md #18: a redirect is never followed")
	void redirectIsNotFollowed() {
		this.pve
			.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "https://127.0.0.1:1/steal").build());

		assertThatExceptionOfType(ProxmoxException.class)
			.isThrownBy(() -> this.client.post("/nodes/pve/qemu/100/status/stop", Map.of()))
			.satisfies(ex -> {
				assertThat(ex.kind()).isEqualTo(Kind.PROTOCOL);
				assertThat(ex.getMessage()).contains("never followed");
			});
		assertThat(this.pve.server.getRequestCount()).isOne();
	}

	@Test
	@DisplayName("Envelope: data null (PUT/DELETE that return nothing) is a NullNode, not null")
	void nullData() throws Exception {
		this.pve.enqueue(FakePve.json(200, "{\"data\":null}"));

		assertThat(this.client.delete("/nodes/pve/qemu/100/snapshot/before-upgrade", Map.of("force", true)).isNull())
			.isTrue();
		var request = this.pve.server.takeRequest();
		assertThat(request.getMethod()).isEqualTo("DELETE");
		assertThat(request.getTarget()).isEqualTo("/api2/json/nodes/pve/qemu/100/snapshot/before-upgrade?force=1");
		assertThat(request.getBodySize()).isZero();
	}

	@Test
	@DisplayName("GET parameters in the query, POST parameters form-encoded in the body")
	void parameterEncoding() throws Exception {
		this.pve.enqueue(FakePve.json(200, "{\"data\":[]}"));
		this.pve.enqueue(FakePve.json(200,
				"{\"data\":\"UPID:pve:0020C066:042DF204:69C26EB0:qmsnapshot:100:dash@pve!poller:\"}"));

		this.client.get("/cluster/resources", Map.of("type", "vm"));
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("snapname", "weekly");
		form.put("description", "before upgrade & reboot");
		form.put("vmstate", false);
		form.put("unset", null);
		this.client.post("/nodes/pve/qemu/100/snapshot", form);

		assertThat(this.pve.server.takeRequest().getTarget()).isEqualTo("/api2/json/cluster/resources?type=vm");
		var post = this.pve.server.takeRequest();
		assertThat(post.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
		assertThat(post.getBody().utf8())
			.isEqualTo("snapname=weekly&description=before%20upgrade%20%26%20reboot&vmstate=0");
	}

	@Test
	@DisplayName("docs/security.md #17: an unsafe path never reaches the wire")
	void unsafePathIsRefused() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.client.get("/nodes/../access/users", Map.of()));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.client.post("/nodes/%2e%2e/access", Map.of()));
		assertThat(this.pve.server.getRequestCount()).isZero();
	}

}
