package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.awaitility.Awaitility;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.pvedash.support.PveDashServerTest;
import dev.pvedash.support.RawHttp;

/**
 * Actuator: health is public with its status only, info (build and Java versions) and
 * metrics (the poll cycle's cost, docs/polling.md) are for admins, nothing else is
 * exposed (docs/web-security.md, "Actuator"; OWASP ASVS 5.0 13.4.2, 13.4.5).
 */
@PveDashServerTest
class ActuatorExposureTests {

	private static final String[] HIDDEN = { "/actuator/env", "/actuator/heapdump", "/actuator/beans",
			"/actuator/configprops", "/actuator/loggers", "/actuator/mappings", "/actuator/threaddump",
			"/actuator/shutdown", "/h2-console" };

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void infoIsForAdminsOnly() throws IOException {
		RawHttp anonymous = new RawHttp("127.0.0.1", this.port);
		assertThat(anonymous.get("/actuator/info").status()).isEqualTo(302);
		String viewerName = "infoviewer" + System.nanoTime() % 100000;
		this.accounts.create(Actor.SYSTEM, viewerName, "a-viewer-passphrase-for-tests", Role.VIEWER);
		RawHttp viewer = new RawHttp("127.0.0.1", this.port);
		viewer.login(viewerName, "a-viewer-passphrase-for-tests");
		assertThat(viewer.get("/actuator/info").status()).isEqualTo(403);
		assertThat(viewer.get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
		RawHttp admin = new RawHttp("127.0.0.1", this.port);
		admin.login(PveDashServerTest.ADMIN, PveDashServerTest.ADMIN_PASSWORD);
		RawHttp.Response info = admin.get("/actuator/info");
		assertThat(info.status()).isEqualTo(200);
		assertThat(info.body()).contains("\"java\"");
	}

	@Test
	void metricsAreForAdminsOnly() throws IOException {
		String timer = "/actuator/metrics/pvedash.poll.cycle.cpu";
		RawHttp anonymous = new RawHttp("127.0.0.1", this.port);
		assertThat(anonymous.get("/actuator/metrics").status()).isEqualTo(302);
		assertThat(anonymous.get(timer).status()).isEqualTo(302);
		String viewerName = "metricsviewer" + System.nanoTime() % 100000;
		this.accounts.create(Actor.SYSTEM, viewerName, "a-viewer-passphrase-for-tests", Role.VIEWER);
		RawHttp viewer = new RawHttp("127.0.0.1", this.port);
		viewer.login(viewerName, "a-viewer-passphrase-for-tests");
		assertThat(viewer.get("/actuator/metrics").status()).isEqualTo(403);
		assertThat(viewer.get(timer).status()).isEqualTo(403);
		RawHttp admin = new RawHttp("127.0.0.1", this.port);
		admin.login(PveDashServerTest.ADMIN, PveDashServerTest.ADMIN_PASSWORD);
		// the demo poller's first cycle registers the timer about a second after start
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			RawHttp.Response cpu = admin.get(timer);
			assertThat(cpu.status()).isEqualTo(200);
			assertThat(cpu.body()).contains("\"name\":\"pvedash.poll.cycle.cpu\"", "\"statistic\":\"COUNT\"",
					"\"tag\":\"outcome\"");
		});
		assertThat(admin.get("/actuator/metrics").body()).contains("\"pvedash.poll.cycle\"");
	}

	@Test
	void nothingElseIsExposedEvenToAdmins() throws IOException {
		RawHttp admin = new RawHttp("127.0.0.1", this.port);
		admin.login(PveDashServerTest.ADMIN, PveDashServerTest.ADMIN_PASSWORD);
		for (String path : HIDDEN) {
			assertThat(admin.get(path).status()).as(path).isEqualTo(404);
		}
		assertThat(new RawHttp("127.0.0.1", this.port).get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
	}

}
