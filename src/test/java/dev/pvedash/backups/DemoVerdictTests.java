package dev.pvedash.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.pvedash.inventory.Inventory;
import dev.pvedash.support.PveDashServerTest;
import dev.pvedash.support.RawHttp;

/**
 * Demo mode end to end: the reference homelab has one protection case per guest, and each
 * gets the verdict docs/protection.md gives, on {@code /backups} too.
 */
@PveDashServerTest
class DemoVerdictTests {

	static final Map<Integer, String> EXPECTED = Map.of(101, "PROTECTED/backups.why.protected", 102,
			"AT_RISK/backups.why.at-risk.on-host", 100, "AT_RISK/backups.why.at-risk.verification", 200,
			"AT_RISK/backups.why.at-risk.task-failed", 201, "UNKNOWN/backups.why.unknown.unreadable", 103,
			"NOT_PROTECTED/backups.why.not-protected", 9000, "NOT_PROTECTED/backups.why.not-protected");

	@LocalServerPort
	int port;

	@Autowired
	BackupSync sync;

	@Autowired
	Protection protection;

	@Autowired
	Inventory inventory;

	@Test
	void everyDemoGuestGetsTheVerdictTheRulesGive() throws IOException {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			this.sync.check();
			EXPECTED.forEach((vmid, expected) -> assertThat(this.protection.of(vmid)).as("guest %d", vmid)
				.hasValueSatisfying(p -> assertThat(p.verdict() + "/" + p.messageKey()).isEqualTo(expected)));
		});
		assertThat(this.protection.of(201).orElseThrow().args()).first().isEqualTo("usb-backup");
		assertThat(this.protection.of(200).orElseThrow().args()).first().isEqualTo("job errors");
		RawHttp client = new RawHttp("127.0.0.1", this.port);
		client.login(PveDashServerTest.ADMIN, PveDashServerTest.ADMIN_PASSWORD);
		RawHttp.Response page = client.get("/backups");
		assertThat(page.status()).isEqualTo(200);
		Document doc = Jsoup.parse(page.body());
		assertThat(doc.select("#verdicts tbody tr")).hasSize(this.inventory.guests().size())
			.allSatisfy(row -> assertThat(row.select(".verdict .badge").first().text())
				.isIn(Set.of("Protected", "At risk", "Not protected", "Unknown")));
		assertThat(doc.select("#guest-101 .verdict .badge").first().text()).isEqualTo("Protected");
		assertThat(doc.select("#guest-201 .verdict").text()).contains("usb-backup");
		assertThat(doc.select("#jobs tbody tr")).hasSize(2);
		assertThat(doc.text()).contains("they are not backups");
	}

}
