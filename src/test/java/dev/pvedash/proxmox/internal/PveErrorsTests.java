package dev.pvedash.proxmox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.pvedash.proxmox.ProxmoxApiException;
import dev.pvedash.proxmox.ProxmoxBadRequestException;
import dev.pvedash.proxmox.ProxmoxException;
import dev.pvedash.proxmox.ProxmoxException.Kind;
import dev.pvedash.proxmox.ProxmoxPermissionException;

/**
 * docs/proxmox-notes.md, Errors: each failure arrives typed, with PVE's own reason and
 * nothing secret.
 */
class PveErrorsTests {

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
	@DisplayName("401: token wrong or revoked, empty non-JSON body")
	void unauthorized() {
		this.pve.enqueue(new MockResponse.Builder().status("HTTP/1.1 401 no such token").build());

		assertThatExceptionOfType(ProxmoxApiException.class).isThrownBy(() -> this.client.get("/nodes", Map.of()))
			.satisfies(ex -> {
				assertThat(ex.kind()).isEqualTo(Kind.AUTHENTICATION);
				assertThat(ex.status()).isEqualTo(401);
				assertThat(ex.reason()).isEqualTo("no such token");
				assertThat(ex.getMessage()).contains("wrong or revoked").doesNotContain(FakePve.SECRET);
			});
		assertThat(this.pve.server.getRequestCount()).isOne();
	}

	@Test
	@DisplayName("401 arrives after PVE's deliberate ~3 s delay: still a 401, not a timeout (10 s default)")
	void delayedUnauthorizedIsNotATimeout() {
		this.pve.enqueue(new MockResponse.Builder().status("HTTP/1.1 401 invalid token value!")
			.headersDelay(3, TimeUnit.SECONDS)
			.build());

		assertThatExceptionOfType(ProxmoxException.class).isThrownBy(() -> this.client.get("/nodes", Map.of()))
			.satisfies(ex -> assertThat(ex.kind()).isEqualTo(Kind.AUTHENTICATION));
	}

	@Test
	@DisplayName("403: the privilege and ACL path PVE names are kept")
	void forbidden() {
		this.pve.enqueue(
				FakePve.status("HTTP/1.1 403 Permission check failed (/vms/100, VM.PowerMgmt)", "{\"data\":null}"));

		assertThatExceptionOfType(ProxmoxPermissionException.class)
			.isThrownBy(() -> this.client.post("/nodes/pve/qemu/100/status/start", Map.of()))
			.satisfies(ex -> {
				assertThat(ex.kind()).isEqualTo(Kind.PERMISSION);
				assertThat(ex.aclPath()).contains("/vms/100");
				assertThat(ex.privilege()).contains("VM.PowerMgmt");
				assertThat(ex.getMessage()).contains("lacks VM.PowerMgmt on /vms/100");
			});
	}

	@Test
	@DisplayName("403 without a permission check (an endpoint whose API schema lacks allowtoken): no fields, reason kept")
	void forbiddenForTokens() {
		this.pve.enqueue(FakePve
			.status("HTTP/1.1 403 URI '/access/users' not available with API token, need proper ticket", ""));

		assertThatExceptionOfType(ProxmoxPermissionException.class)
			.isThrownBy(() -> this.client.get("/access/users", Map.of()))
			.satisfies(ex -> {
				assertThat(ex.aclPath()).isEmpty();
				assertThat(ex.privilege()).isEmpty();
				assertThat(ex.reason()).contains("need proper ticket");
			});
	}

	@Test
	@DisplayName("400: the per-parameter errors map from the body")
	void badRequest() {
		this.pve.enqueue(FakePve.status("HTTP/1.1 400 Parameter verification failed.",
				"{\"data\":null,\"errors\":{\"vmid\":\"value must have a minimum value of 100\",\"snapname\":\"invalid format\"}}"));

		assertThatExceptionOfType(ProxmoxBadRequestException.class)
			.isThrownBy(() -> this.client.post("/nodes/pve/qemu/100/snapshot", Map.of("snapname", "1x")))
			.satisfies(ex -> {
				assertThat(ex.kind()).isEqualTo(Kind.BAD_REQUEST);
				assertThat(ex.errors()).containsOnly(Map.entry("vmid", "value must have a minimum value of 100"),
						Map.entry("snapname", "invalid format"));
				assertThat(ex.getMessage()).contains("snapname: invalid format").contains("vmid: value must");
			});
	}

	@Test
	@DisplayName("500 on older PVE: the reason is only in the status line")
	void serverErrorReasonFromStatusLine() {
		this.pve.enqueue(FakePve.status(
				"HTTP/1.1 500 Configuration file 'nodes/pve/qemu-server/999.conf' does not exist", "{\"data\":null}"));

		assertThatExceptionOfType(ProxmoxApiException.class)
			.isThrownBy(() -> this.client.get("/nodes/pve/qemu/999/status/current", Map.of()))
			.satisfies(ex -> {
				assertThat(ex.kind()).isEqualTo(Kind.SERVER);
				assertThat(ex.status()).isEqualTo(500);
				assertThat(ex.reason()).isEqualTo("Configuration file 'nodes/pve/qemu-server/999.conf' does not exist");
			});
		assertThat(this.pve.server.getRequestCount()).as("a 500 with a reason is not retried").isOne();
	}

	@Test
	@DisplayName("500 on PVE ≥ 8.3 (libpve-http-server 5.2): the body's message, trailing newline dropped")
	void serverErrorReasonFromBody() {
		this.pve.enqueue(FakePve.status("HTTP/1.1 500 Internal Server Error",
				"{\"data\":null,\"message\":\"VM 100 not running\\n\"}"));

		assertThatExceptionOfType(ProxmoxApiException.class)
			.isThrownBy(() -> this.client.post("/nodes/pve/qemu/100/status/suspend", Map.of()))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo("VM 100 not running"));
	}

	@Test
	@DisplayName("595: the node PVE forwards to is unreachable")
	void nodeUnreachable() {
		for (int i = 0; i < 3; i++) {
			this.pve.enqueue(FakePve.status("HTTP/1.1 595 No route to host", ""));
		}

		assertThatExceptionOfType(ProxmoxApiException.class)
			.isThrownBy(() -> this.client.get("/nodes/pve2/status", Map.of()))
			.satisfies(ex -> {
				assertThat(ex.kind()).isEqualTo(Kind.NODE_UNREACHABLE);
				assertThat(ex.status()).isEqualTo(595);
				assertThat(ex.reason()).isEqualTo("No route to host");
			});
		assertThat(this.pve.server.getRequestCount()).as("59x: retryable, at most twice").isEqualTo(3);
	}

	@Test
	@DisplayName("a body that is not PVE's envelope (a proxy's HTML page) is a protocol error")
	void notTheEnvelope() {
		this.pve.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "text/html")
			.body("<html>login</html>")
			.build());
		this.pve.enqueue(FakePve.json(200, "[1,2]"));

		assertThatExceptionOfType(ProxmoxException.class).isThrownBy(() -> this.client.get("/nodes", Map.of()))
			.satisfies(ex -> assertThat(ex.kind()).isEqualTo(Kind.PROTOCOL));
		assertThatExceptionOfType(ProxmoxException.class).isThrownBy(() -> this.client.get("/nodes", Map.of()))
			.satisfies(ex -> assertThat(ex.kind()).isEqualTo(Kind.PROTOCOL));
	}

}
