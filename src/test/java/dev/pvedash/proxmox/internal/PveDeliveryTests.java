package dev.pvedash.proxmox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLHandshakeException;

import io.netty.handler.timeout.ReadTimeoutException;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.pvedash.proxmox.ProxmoxException;
import dev.pvedash.proxmox.ProxmoxException.Delivery;

/**
 * Whether an action's request can have reached PVE (docs/actions.md): only a request that
 * certainly never left is "not sent"; a timeout after sending or a connection lost
 * mid-request leaves the outcome unknown.
 */
class PveDeliveryTests {

	private static final String STOP = "/nodes/pve/qemu/100/status/stop";

	@RegisterExtension
	final FakePveExtension fakePve = new FakePveExtension();

	private FakePve pve;

	@BeforeEach
	void start() {
		this.pve = this.fakePve.selfSigned();
	}

	@Test
	@DisplayName("connection refused: not sent")
	void refusedIsNotSent() throws Exception {
		WebClientPveHttp client = this.pve.client(this.pve.pinned());
		this.pve.server.close(); // nothing listens on the port any more
		assertThat(post(client).delivery()).isEqualTo(Delivery.NOT_SENT);
	}

	@Test
	@DisplayName("certificate refused in the handshake: not sent, and nothing reached the server")
	void tlsRefusedIsNotSent() {
		WebClientPveHttp client = this.pve.client(this.pve.token("localhost",
				"AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99",
				null));
		ProxmoxException ex = post(client);
		assertThat(ex.kind()).isEqualTo(ProxmoxException.Kind.TLS);
		assertThat(ex.delivery()).isEqualTo(Delivery.NOT_SENT);
		assertThat(this.pve.server.getRequestCount()).isZero();
	}

	@Test
	@DisplayName("connection closed after the request arrived: outcome unknown")
	void droppedAfterRequestIsMaybe() {
		WebClientPveHttp client = this.pve.client(this.pve.pinned());
		this.pve.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
		assertThat(post(client).delivery()).isEqualTo(Delivery.MAYBE);
		assertThat(this.pve.server.getRequestCount()).isOne();
	}

	@Test
	@DisplayName("PVE refused with an error status: answered; a 2xx we cannot read or a gateway's 502/504: unknown")
	void answers() {
		WebClientPveHttp client = this.pve.client(this.pve.pinned());
		this.pve.enqueue(FakePve.status("HTTP/1.1 500 VM 100 not running", ""));
		assertThat(post(client).delivery()).isEqualTo(Delivery.ANSWERED);
		this.pve.enqueue(FakePve.status("HTTP/1.1 403 Permission check failed (/vms/100, VM.PowerMgmt)", ""));
		assertThat(post(client).delivery()).isEqualTo(Delivery.ANSWERED);
		this.pve.enqueue(FakePve.json(200, "<html>proxy page</html>"));
		assertThat(post(client).delivery()).isEqualTo(Delivery.MAYBE);
		this.pve.enqueue(FakePve.status("HTTP/1.1 504 Gateway Time-out", ""));
		assertThat(post(client).delivery()).isEqualTo(Delivery.MAYBE);
	}

	@Test
	@DisplayName("a ticket login refused before the action: the action itself was not sent")
	void loginRefusedBeforeTheActionIsNotSent() {
		WebClientPveHttp client = this.pve.client(this.pve.ticket("dash@pve", "wrong-password"));
		this.pve.enqueue(FakePve.status("HTTP/1.1 401 authentication failure", ""));
		ProxmoxException ex = post(client);
		assertThat(ex.kind()).isEqualTo(ProxmoxException.Kind.AUTHENTICATION);
		assertThat(ex.delivery()).isEqualTo(Delivery.NOT_SENT);
		assertThat(this.pve.server.getRequestCount()).isOne(); // the login only
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "refused, NOT_SENT", "dns, NOT_SENT", "handshake, NOT_SENT", "read-timeout, MAYBE", "deadline, MAYBE",
			"reset, MAYBE" })
	@DisplayName("what the transport throws, classified")
	void transportTable(String failure, Delivery expected) {
		TransportFailures failures = new TransportFailures(URI.create("https://pve:8006"), Duration.ofSeconds(3),
				Duration.ofSeconds(10), Duration.ofSeconds(23));
		Throwable thrown = switch (failure) {
			case "refused" -> new ConnectException("Connection refused");
			case "dns" -> new UnknownHostException("pve");
			case "handshake" -> new SSLHandshakeException("PKIX path building failed");
			case "read-timeout" -> ReadTimeoutException.INSTANCE;
			case "deadline" -> new TimeoutException("Did not observe any item");
			default -> new IOException("Connection reset by peer");
		};
		assertThat(failures.map(new RuntimeException(thrown), STOP).delivery()).isEqualTo(expected);
	}

	private static ProxmoxException post(WebClientPveHttp client) {
		return catchThrowableOfType(ProxmoxException.class, () -> client.post(STOP, Map.of()));
	}

}
