package dev.pvedash.proxmox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;

import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.pvedash.proxmox.ProxmoxException;
import dev.pvedash.proxmox.ProxmoxException.Kind;

/**
 * Only idempotent GETs are retried, at most twice, and only where another try can succeed
 * (docs/proxmox-notes.md, Errors: 59x retryable; docs/security.md F3: POSTs never). An
 * action sent twice would start a guest twice.
 */
class PveRetryTests {

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
	@DisplayName("GET retried after 503 from a proxy in front of PVE, then succeeds")
	void getRetriedAfterServiceUnavailable() {
		this.pve.enqueue(FakePve.status("HTTP/1.1 503 Service Unavailable", ""));
		this.pve.enqueue(FakePve.json(200, "{\"data\":[{\"node\":\"pve\"}]}"));

		assertThat(this.client.get("/nodes", Map.of()).get(0).path("node").asString()).isEqualTo("pve");
		assertThat(this.pve.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	@DisplayName("GET retried after the connection was reset, then succeeds")
	void getRetriedAfterReset() {
		this.pve.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
		this.pve.enqueue(FakePve.json(200, "{\"data\":[]}"));

		assertThat(this.client.get("/nodes", Map.of()).isArray()).isTrue();
	}

	@Test
	@DisplayName("GET gives up after two retries")
	void getGivesUpAfterTwoRetries() {
		for (int i = 0; i < 4; i++) {
			this.pve.enqueue(FakePve.status("HTTP/1.1 502 Bad Gateway", ""));
		}

		assertThatExceptionOfType(ProxmoxException.class).isThrownBy(() -> this.client.get("/nodes", Map.of()))
			.satisfies(ex -> assertThat(ex.status()).isEqualTo(502));
		assertThat(this.pve.server.getRequestCount()).isEqualTo(3);
	}

	@Test
	@DisplayName("Errors: GET not retried on 400, 401, 403 or a 500 with a reason: the same answer would come back")
	void deterministicAnswersAreNotRetried() {
		this.pve
			.enqueue(FakePve.status("HTTP/1.1 400 Parameter verification failed.", "{\"data\":null,\"errors\":{}}"));
		this.pve.enqueue(FakePve.status("HTTP/1.1 401 no such token", ""));
		this.pve.enqueue(FakePve.status("HTTP/1.1 403 Permission check failed (/, Sys.Audit)", ""));
		this.pve.enqueue(FakePve.status("HTTP/1.1 500 VM 100 not running", ""));

		for (int i = 1; i <= 4; i++) {
			assertThatExceptionOfType(ProxmoxException.class).isThrownBy(() -> this.client.get("/nodes", Map.of()));
			assertThat(this.pve.server.getRequestCount()).isEqualTo(i);
		}
	}

	@Test
	@DisplayName("POST never retried, not even after a 503")
	void postNotRetriedAfterServiceUnavailable() {
		this.pve.enqueue(FakePve.status("HTTP/1.1 503 Service Unavailable", ""));
		this.pve.enqueue(
				FakePve.json(200, "{\"data\":\"UPID:pve:00000001:00000001:00000001:qmstart:100:dash@pve!poller:\"}"));

		assertThatExceptionOfType(ProxmoxException.class)
			.isThrownBy(() -> this.client.post("/nodes/pve/qemu/100/status/start", Map.of()))
			.satisfies(ex -> assertThat(ex.kind()).isEqualTo(Kind.SERVER));
		assertThat(this.pve.server.getRequestCount()).isOne();
	}

	@Test
	@DisplayName("POST never retried after the connection was lost: PVE may have started the task")
	void postNotRetriedAfterReset() {
		this.pve.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
		this.pve.enqueue(
				FakePve.json(200, "{\"data\":\"UPID:pve:00000001:00000001:00000001:qmstop:100:dash@pve!poller:\"}"));

		assertThatExceptionOfType(ProxmoxException.class)
			.isThrownBy(() -> this.client.post("/nodes/pve/qemu/100/status/stop", Map.of()))
			.satisfies(ex -> assertThat(ex.kind()).isEqualTo(Kind.CONNECTION));
		assertThat(this.pve.server.getRequestCount()).isOne();
	}

	@Test
	@DisplayName("DELETE never retried, not even after a 595")
	void deleteNotRetried() {
		this.pve.enqueue(FakePve.status("HTTP/1.1 595 Connection refused", ""));
		this.pve.enqueue(FakePve.json(200, "{\"data\":null}"));

		assertThatExceptionOfType(ProxmoxException.class)
			.isThrownBy(() -> this.client.delete("/nodes/pve2/qemu/100/snapshot/weekly", Map.of()))
			.satisfies(ex -> assertThat(ex.kind()).isEqualTo(Kind.NODE_UNREACHABLE));
		assertThat(this.pve.server.getRequestCount()).isOne();
	}

}
