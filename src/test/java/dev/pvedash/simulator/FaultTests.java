package dev.pvedash.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each fault of {@link SimulatorFaults}, and that {@code reset()} undoes it; display
 * names start with the section of docs/proxmox-notes.md they check, where PVE has the
 * behaviour.
 */
class FaultTests {

	@RegisterExtension
	static final SimulatorExtension simulators = new SimulatorExtension(
			SimulatorProperties.defaults().withTimeScale(SimulatorExtension.FAST).withScale(2, 7));

	static PveSimulator simulator;

	static SimulatorHttp client;

	@BeforeAll
	static void start() {
		simulator = simulators.simulator();
		client = new SimulatorHttp(simulator);
	}

	@AfterEach
	void reset() {
		simulator.faults().reset();
	}

	@Test
	@DisplayName("slow host: latency delays every answer")
	void latency() {
		simulator.faults().latency(Duration.ofMillis(400));
		long start = System.nanoTime();
		assertThat(client.get("/version").status()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
	}

	@Test
	@DisplayName("Errors: a 500 for a path pattern, reason in the status line")
	void pathFailure() {
		simulator.faults().serverError("/cluster/resources", "cluster not ready - no quorum?");
		assertThat(client.statusLine("GET", "/cluster/resources?type=vm"))
			.isEqualTo("HTTP/1.1 500 cluster not ready - no quorum?");
		assertThat(client.get("/version").status()).isEqualTo(200);
		simulator.faults().failPath("/nodes/pve/qemu/\\d+/status/current", 503, "Service Unavailable");
		assertThat(client.get("/nodes/pve/qemu/101/status/current").status()).isEqualTo(503);
	}

	@Test
	@DisplayName("Errors: an unreachable node answers 595 for /nodes/{node}/… and shows offline in the lists")
	void unreachableNode() {
		simulator.faults().nodeUnreachable("pve2");
		assertThat(client.statusLine("GET", "/nodes/pve2/status")).isEqualTo("HTTP/1.1 595 No route to host");
		assertThat(client.get("/nodes/pve/status").status()).isEqualTo(200);
		assertThat(ReadEndpointsTests.find(client.data("/nodes"), "node", "pve2").get("status").asString())
			.isEqualTo("offline");
		assertThat(ReadEndpointsTests.find(client.data("/nodes"), "node", "pve2").has("cpu")).isFalse();
		assertThat(ReadEndpointsTests.find(client.data("/cluster/status"), "name", "pve2").get("online").asInt())
			.isZero();
	}

	@Test
	@DisplayName("Errors: a revoked token gets 401 with an empty body; an added 401 delay applies")
	void revokedToken() {
		simulator.faults().revokeToken();
		simulator.faults().authFailureDelay(Duration.ofMillis(300));
		long start = System.nanoTime();
		SimulatorHttp.Response response = client.get("/version");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.body()).isEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		simulator.faults().reset();
		assertThat(client.get("/version").status()).isEqualTo(200);
	}

	@Test
	@DisplayName("CONNECTION kind: refused connections until reset, on the same port")
	void refuseConnections() {
		int port = simulator.port();
		simulator.faults().refuseConnections();
		assertThatThrownBy(() -> client.get("/version")).isInstanceOf(UncheckedIOException.class)
			.hasCauseInstanceOf(ConnectException.class);
		assertThatThrownBy(() -> new java.net.Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class)
			.hasMessageContaining("Connection refused");
		simulator.faults().reset();
		assertThat(simulator.port()).isEqualTo(port);
		assertThat(client.get("/version").status()).isEqualTo(200);
	}

	@Test
	@DisplayName("CONNECTION kind: dropped connections: accepted, then closed without an answer")
	void dropConnections() {
		simulator.faults().dropConnections(true);
		assertThatThrownBy(() -> client.get("/version")).isInstanceOf(UncheckedIOException.class);
		simulator.faults().dropConnections(false);
		assertThat(client.get("/version").status()).isEqualTo(200);
	}

	@Test
	@DisplayName("TLS: a changed certificate fails the pinned client; reset restores the original")
	void certificateChange() {
		String original = simulator.fingerprint();
		String changed = simulator.faults().changeCertificate();
		assertThat(changed).isNotEqualTo(original).isEqualTo(simulator.servedFingerprint());
		assertThat(simulator.fingerprint()).isEqualTo(original);
		assertThatThrownBy(() -> client.get("/version")).isInstanceOf(UncheckedIOException.class);
		SimulatorHttp renewed = new SimulatorHttp(simulator);
		assertThat(renewed.get("/version").status()).isEqualTo(200);
		assertThat(renewed.data("/nodes").get(0).get("ssl_fingerprint").asString()).isEqualTo(changed);
		simulator.faults().reset();
		assertThat(simulator.servedFingerprint()).isEqualTo(original);
		assertThat(client.get("/version").status()).isEqualTo(200);
	}

	@Test
	@DisplayName("Errors: a read-only token gets 403 'Permission check failed (/vms/100, VM.PowerMgmt)'")
	void readOnlyToken() {
		simulator.faults().readOnlyToken(true);
		assertThat(client.statusLine("POST", "/nodes/pve/qemu/100/status/start"))
			.isEqualTo("HTTP/1.1 403 Permission check failed (/vms/100, VM.PowerMgmt)");
		assertThat(client.statusLine("POST", "/nodes/pve/qemu/101/snapshot/weekly-x/rollback"))
			.isEqualTo("HTTP/1.1 403 Permission check failed (/vms/101, VM.Snapshot|VM.Snapshot.Rollback)");
		assertThat(client.get("/cluster/resources").status()).isEqualTo(200);
		simulator.faults().reset();
		String upid = client.post("/nodes/pve/qemu/100/status/start", Map.of()).data().asString();
		assertThat(upid).contains(":qmstart:100:");
	}

}
