package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.pvedash.inventory.Inventory;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.simulator.SimulatorFaults;
import dev.pvedash.support.PveDashServerTest;
import dev.pvedash.support.RawHttp;

/**
 * End to end on the demo simulator (docs/security.md F1): PVE stops listening, the poller
 * notices, and from then on the guest page disables the buttons with the reason and a
 * direct POST is refused with 503 without a request to PVE (docs/actions.md, step
 * "Gate").
 */
@PveDashServerTest
class ActionsWhilePveDownTests {

	@LocalServerPort
	int port;

	@Autowired
	SimulatorFaults faults;

	@Autowired
	Inventory inventory;

	@Autowired
	ProxmoxClient client;

	@Test
	void unreachablePveClosesActionsAndNothingIsSent() throws Exception {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> !this.inventory.endpoint().neverRead() && !this.inventory.endpoint().failing());
		long before = PveTasks.count(this.client, 102);
		RawHttp browser = new RawHttp("127.0.0.1", this.port);
		browser.login(PveDashServerTest.ADMIN, PveDashServerTest.ADMIN_PASSWORD);
		String token = csrf(browser.get("/guests/102").body());
		this.faults.refuseConnections();
		try {
			await().atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> "CONNECTION".equals(this.inventory.endpoint().errorKind()));
			var page = Jsoup.parse(browser.get("/guests/102").body());
			assertThat(page.select("#actions-closed").text()).contains("cannot be reached");
			assertThat(page.select("#guest-buttons button")).isNotEmpty().allMatch(b -> b.hasAttr("disabled"));
			long started = System.nanoTime();
			RawHttp.Response refused = browser.postForm("/guests/102/stop", Map.of("_csrf", token));
			System.out.printf("POST while PVE is unreachable answered %d in %d ms%n", refused.status(),
					(System.nanoTime() - started) / 1_000_000);
			assertThat(refused.status()).isEqualTo(503);
			assertThat(refused.body()).contains("cannot be reached").contains("Nothing is sent to Proxmox VE");
		}
		finally {
			this.faults.reset();
		}
		assertThat(PveTasks.count(this.client, 102)).isEqualTo(before);
		// the shared context's other tests need PVE back: the next good cycle reopens
		// actions
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> !this.inventory.endpoint().failing());
	}

	private static String csrf(String html) {
		Matcher token = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(html);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

}
