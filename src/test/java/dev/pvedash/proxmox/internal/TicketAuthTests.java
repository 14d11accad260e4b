package dev.pvedash.proxmox.internal;

import dev.pvedash.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.pvedash.proxmox.ProxmoxException;
import dev.pvedash.proxmox.ProxmoxException.Kind;

/**
 * docs/proxmox-notes.md, Authentication: login, ticket cookie, CSRF token on writes;
 * renewal before the 2 h lifetime (API viewer, POST /access/ticket: a valid ticket serves
 * as password); the NeedTFA half-ticket (pve-access-control PVE/API2/AccessControl.pm).
 */
class TicketAuthTests {

	static final String PASSWORD = "correct horse battery staple";

	static final String TICKET = "PVE:dash@pve:4EEC61E2::rsKoApxDTLYPn6H3NNT6iP2mv/ZrHGGvTNSz3Ynv0pVaq0xq8Z+sNSLDBmMz";

	static final String CSRF = "4EEC61E2:lwk7od06fa1+DcPUwBTXCcndyAY";

	@RegisterExtension
	final FakePveExtension fakePve = new FakePveExtension();

	private FakePve pve;

	private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));

	private WebClientPveHttp client;

	@BeforeEach
	void start() {
		this.pve = this.fakePve.selfSigned();
		this.client = this.pve.client(this.pve.ticket("dash@pve", PASSWORD), this.clock);
	}

	static String login(String ticket, String csrf) {
		return "{\"data\":{\"username\":\"dash@pve\",\"ticket\":\"" + ticket + "\",\"CSRFPreventionToken\":\"" + csrf
				+ "\",\"cap\":{}}}";
	}

	@Test
	@DisplayName("POST /access/ticket, then the ticket as PVEAuthCookie; no CSRF token on GET")
	void logsInAndSendsTheCookie() throws Exception {
		this.pve.enqueue(FakePve.json(200, login(TICKET, CSRF)));
		this.pve.enqueue(FakePve.json(200, "{\"data\":[]}"));

		this.client.get("/nodes", Map.of());

		RecordedRequest login = this.pve.server.takeRequest();
		assertThat(login.getMethod()).isEqualTo("POST");
		assertThat(login.getTarget()).isEqualTo("/api2/json/access/ticket");
		assertThat(login.getBody().utf8()).isEqualTo("username=dash%40pve&password=correct%20horse%20battery%20staple");
		assertThat(login.getHeaders().get("Cookie")).isNull();
		RecordedRequest get = this.pve.server.takeRequest();
		assertThat(get.getHeaders().get("Cookie"))
			.isEqualTo("PVEAuthCookie=" + URLEncoder.encode(TICKET, StandardCharsets.UTF_8));
		assertThat(get.getHeaders().get("CSRFPreventionToken")).isNull();
		assertThat(get.getHeaders().get("Authorization")).isNull();
	}

	@Test
	@DisplayName("POST carries the CSRFPreventionToken header; one login serves many requests")
	void postCarriesCsrfToken() throws Exception {
		this.pve.enqueue(FakePve.json(200, login(TICKET, CSRF)));
		this.pve.enqueue(FakePve.json(200, "{\"data\":[]}"));
		this.pve.enqueue(FakePve.json(200, "{\"data\":\"UPID:pve:00000001:00000001:00000001:qmstart:100:dash@pve:\"}"));

		this.client.get("/nodes", Map.of());
		this.client.post("/nodes/pve/qemu/100/status/start", Map.of());

		this.pve.server.takeRequest();
		this.pve.server.takeRequest();
		RecordedRequest post = this.pve.server.takeRequest();
		assertThat(post.getTarget()).isEqualTo("/api2/json/nodes/pve/qemu/100/status/start");
		assertThat(post.getHeaders().get("CSRFPreventionToken")).isEqualTo(CSRF);
		assertThat(post.getHeaders().get("Cookie")).startsWith("PVEAuthCookie=PVE%3Adash%40pve");
		assertThat(this.pve.server.getRequestCount()).isEqualTo(3);
	}

	@Test
	@DisplayName("after 90 min the ticket is renewed with itself as the password, before its 2 h end")
	void renewsBeforeTheLifetimeEnds() throws Exception {
		this.pve.enqueue(FakePve.json(200, login(TICKET, CSRF)));
		this.pve.enqueue(FakePve.json(200, "{\"data\":[]}"));
		this.pve.enqueue(FakePve.json(200, login("PVE:dash@pve:4EEC7FF2::renewed", "4EEC7FF2:renewed")));
		this.pve.enqueue(FakePve.json(200, "{\"data\":[]}"));

		this.client.get("/nodes", Map.of());
		this.clock.advance(Duration.ofMinutes(91));
		this.client.get("/nodes", Map.of());

		this.pve.server.takeRequest();
		this.pve.server.takeRequest();
		RecordedRequest renewal = this.pve.server.takeRequest();
		assertThat(renewal.getTarget()).isEqualTo("/api2/json/access/ticket");
		assertThat(renewal.getBody().utf8()).isEqualTo("username=dash%40pve&password=" + FormEncoding.percent(TICKET));
		assertThat(this.pve.server.takeRequest().getHeaders().get("Cookie"))
			.isEqualTo("PVEAuthCookie=" + URLEncoder.encode("PVE:dash@pve:4EEC7FF2::renewed", StandardCharsets.UTF_8));
	}

	@Test
	@DisplayName("a GET refused with 401 (ticket expired or keys rotated) logs in again once and repeats")
	void reLogsInOnceAfterUnauthorized() throws Exception {
		this.pve.enqueue(FakePve.json(200, login(TICKET, CSRF)));
		this.pve.enqueue(FakePve.status("HTTP/1.1 401 invalid ticket", ""));
		this.pve.enqueue(FakePve.json(200, login("PVE:dash@pve:4EEC7FF2::fresh", CSRF)));
		this.pve.enqueue(FakePve.json(200, "{\"data\":[]}"));

		assertThat(this.client.get("/nodes", Map.of()).isArray()).isTrue();
		assertThat(this.pve.server.getRequestCount()).isEqualTo(4);
	}

	@Test
	@DisplayName("a POST refused with 401 is not repeated, but the next request logs in afresh")
	void postIsNotRepeatedAfterUnauthorized() throws Exception {
		this.pve.enqueue(FakePve.json(200, login(TICKET, CSRF)));
		this.pve.enqueue(FakePve.status("HTTP/1.1 401 invalid ticket", ""));
		this.pve.enqueue(FakePve.json(200, login("PVE:dash@pve:4EEC7FF2::fresh", CSRF)));
		this.pve.enqueue(FakePve.json(200, "{\"data\":[]}"));

		assertThatExceptionOfType(ProxmoxException.class)
			.isThrownBy(() -> this.client.post("/nodes/pve/qemu/100/status/start", Map.of()));
		assertThat(this.pve.server.getRequestCount()).isEqualTo(2);
		this.client.get("/nodes", Map.of());
		assertThat(this.pve.server.getRequestCount()).isEqualTo(4);
	}

	@Test
	@DisplayName("wrong password: 401 'authentication failure', one attempt, a message naming the settings")
	void wrongPassword() {
		this.pve.enqueue(FakePve.status("HTTP/1.1 401 authentication failure", ""));

		assertThatExceptionOfType(ProxmoxException.class).isThrownBy(() -> this.client.get("/nodes", Map.of()))
			.satisfies(ex -> {
				assertThat(ex.kind()).isEqualTo(Kind.AUTHENTICATION);
				assertThat(ex.getMessage()).contains("PVEDASH_PROXMOX_PASSWORD").doesNotContain(PASSWORD);
			});
		assertThat(this.pve.server.getRequestCount()).isOne();
	}

	@Test
	@DisplayName("a user with 2FA gets a half-ticket (NeedTFA): refused with advice to use a token")
	void twoFactorUserIsRefused() {
		this.pve.enqueue(FakePve.json(200,
				"{\"data\":{\"username\":\"dash@pve\",\"ticket\":\"PVE:!tfa!x\",\"CSRFPreventionToken\":\"x\",\"NeedTFA\":1}}"));

		assertThatExceptionOfType(ProxmoxException.class).isThrownBy(() -> this.client.get("/nodes", Map.of()))
			.satisfies(ex -> {
				assertThat(ex.kind()).isEqualTo(Kind.AUTHENTICATION);
				assertThat(ex.getMessage()).contains("two-factor").contains("API token");
			});
	}

}
