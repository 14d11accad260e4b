package dev.pvedash.proxmox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.pvedash.proxmox.ProxmoxException;

/**
 * docs/security.md #23: with everything on the way to PVE logging at DEBUG, neither a log
 * line nor an exception message shows the token secret, the Authorization header, the
 * password, a ticket or a CSRF token, whether the exchange succeeds or fails.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretHygieneTests {

	private static final List<String> CHATTY = List.of("dev.pvedash.proxmox", "reactor.netty",
			"org.springframework.web.reactive", "org.springframework.http", "io.netty");

	private final List<Level> saved = new ArrayList<>();

	@RegisterExtension
	final FakePveExtension fakePve = new FakePveExtension();

	private FakePve pve;

	@BeforeEach
	void debugEverything() {
		for (String name : CHATTY) {
			Logger logger = (Logger) LoggerFactory.getLogger(name);
			this.saved.add(logger.getLevel());
			logger.setLevel(Level.DEBUG);
		}
		this.pve = this.fakePve.selfSigned();
	}

	@AfterEach
	void restore() throws Exception {
		for (int i = 0; i < CHATTY.size(); i++) {
			((Logger) LoggerFactory.getLogger(CHATTY.get(i))).setLevel(this.saved.get(i));
		}
	}

	@Test
	@DisplayName("token: success, 401 and a pin mismatch leave no secret in logs or messages")
	void tokenNeverLeaks(CapturedOutput output) {
		WebClientPveHttp client = this.pve.client(this.pve.pinned());
		this.pve.enqueue(FakePve.json(200, "{\"data\":{\"version\":\"8.2.4\"}}"));
		this.pve.enqueue(FakePve.status("HTTP/1.1 401 invalid token value!", ""));
		this.pve.enqueue(FakePve.status("HTTP/1.1 403 Permission check failed (/vms/100, VM.PowerMgmt)", ""));

		client.get("/version", Map.of());
		List<String> messages = new ArrayList<>();
		messages.add(catchThrowableOfType(ProxmoxException.class, () -> client.get("/nodes", Map.of())).getMessage());
		messages.add(catchThrowableOfType(ProxmoxException.class,
				() -> client.post("/nodes/pve/qemu/100/status/start", Map.of()))
			.getMessage());
		String wrongPin = Fingerprints.of(FakePve.certificate(null, "localhost").certificate());
		messages.add(catchThrowableOfType(ProxmoxException.class,
				() -> this.pve.client(this.pve.token("localhost", wrongPin, null)).get("/nodes", Map.of()))
			.getMessage());

		assertThat(output.getAll()).as("DEBUG logging really was on").contains("/api2/json/version");
		assertThat(output.getAll()).doesNotContain(FakePve.SECRET).doesNotContain("PVEAPIToken=");
		assertThat(messages)
			.allSatisfy(m -> assertThat(m).doesNotContain(FakePve.SECRET).doesNotContain("PVEAPIToken"));
	}

	@Test
	@DisplayName("ticket: login, a POST with CSRF token, and a refused login leave no password or ticket behind")
	void ticketNeverLeaks(CapturedOutput output) {
		WebClientPveHttp client = this.pve.client(this.pve.ticket("dash@pve", TicketAuthTests.PASSWORD));
		this.pve.enqueue(FakePve.json(200, TicketAuthTests.login(TicketAuthTests.TICKET, TicketAuthTests.CSRF)));
		this.pve.enqueue(FakePve.json(200, "{\"data\":\"UPID:pve:00000001:00000001:00000001:qmstart:100:dash@pve:\"}"));
		this.pve.enqueue(FakePve.status("HTTP/1.1 401 invalid ticket", ""));
		this.pve.enqueue(FakePve.status("HTTP/1.1 401 authentication failure", ""));

		client.post("/nodes/pve/qemu/100/status/start", Map.of());
		String refusedPost = catchThrowableOfType(ProxmoxException.class,
				() -> client.post("/nodes/pve/qemu/100/status/start", Map.of()))
			.getMessage();
		String refusedLogin = catchThrowableOfType(ProxmoxException.class, () -> client.get("/nodes", Map.of()))
			.getMessage();

		String ticketSignature = TicketAuthTests.TICKET.substring(TicketAuthTests.TICKET.lastIndexOf(':') + 1);
		String csrfSignature = TicketAuthTests.CSRF.substring(TicketAuthTests.CSRF.indexOf(':') + 1);
		assertThat(output.getAll()).as("DEBUG logging really was on").contains("/api2/json/access/ticket");
		for (String text : List.of(output.getAll(), refusedPost, refusedLogin)) {
			assertThat(text).doesNotContain(TicketAuthTests.PASSWORD)
				.doesNotContain(FormEncoding.percent(TicketAuthTests.PASSWORD))
				.doesNotContain(ticketSignature)
				.doesNotContain(csrfSignature);
		}
	}

}
