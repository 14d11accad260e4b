package dev.pvedash.hosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.pvedash.backups.Protection;
import dev.pvedash.backups.ProtectionSummary;
import dev.pvedash.backups.Verdict;
import dev.pvedash.inventory.EndpointState;
import dev.pvedash.inventory.HostView;
import dev.pvedash.metrics.ChartBlock;
import dev.pvedash.metrics.Charts;
import dev.pvedash.metrics.StorageOutlook;
import dev.pvedash.snapshots.OverdueSchedule;
import dev.pvedash.snapshots.ScheduleHealth;
import dev.pvedash.snapshots.SnapshotRisks;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.Homelabs;
import dev.pvedash.support.PveDashWebMvcTest;
import dev.pvedash.support.WithViewer;

/**
 * The overview reads the stored inventory and says what it is worth (docs/polling.md).
 * The risk sources and the charts are other modules' (their own tests judge them): here
 * they answer what a test gives them.
 */
@PveDashWebMvcTest(OverviewController.class)
@Import(FakeInventory.class)
@WithViewer
class OverviewPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FakeInventory inventory;

	@MockitoBean
	ScheduleHealth schedules;

	@MockitoBean
	Protection protection;

	@MockitoBean
	SnapshotRisks snapshots;

	@MockitoBean
	Charts charts;

	@BeforeEach
	void homelab() {
		Homelabs.fill(this.inventory, Instant.now());
		given(this.protection.summary()).willReturn(new ProtectionSummary(
				Map.of(Verdict.PROTECTED, 0L, Verdict.AT_RISK, 0L, Verdict.NOT_PROTECTED, 0L, Verdict.UNKNOWN, 0L), 0));
		given(this.charts.node(anyString())).willAnswer(call -> chart("charts-node-" + call.getArgument(0)));
		given(this.charts.storage(anyString(), anyString()))
			.willAnswer(call -> new StorageOutlook(chart("charts-storage-" + call.getArgument(1)),
					"metrics.forecast.not-enough-history", null, "off"));
	}

	@Test
	void hostCardSpeaksPveUnits() {
		Document page = page(false);
		String card = page.select("#host-pve").text();
		assertThat(card).contains("Intel(R) N95")
			.contains("23 % of 4 threads")
			.contains("9.0 GiB of 16.0 GiB")
			.contains("0.42, 0.38, 0.30")
			.contains("12 d 5 h")
			.contains("pve-manager/8.2.4");
		assertThat(card).contains("5 running").contains("1 stopped").contains("1 template(s)");
		assertThat(page.select("#host-pve .tops ol").first().text()).startsWith("docker-host");
		assertThat(page.select("#host-pve progress.level-warn")).isNotEmpty(); // local-lvm
																				// at 86 %
		assertThat(this.inventory.pageViews.get()).isPositive();
	}

	@Test
	void risksComeFirstStoppedScheduleAndProtectionCounts() {
		// a weekly schedule created a month ago that never succeeded: what ScheduleHealth
		// reports for it
		Instant month = Instant.now().minus(Duration.ofDays(30));
		given(this.schedules.overdue())
			.willReturn(List.of(new OverdueSchedule(1, "weekly", null, month.plus(Duration.ofDays(7)))));
		given(this.protection.summary()).willReturn(new ProtectionSummary(
				Map.of(Verdict.PROTECTED, 3L, Verdict.AT_RISK, 1L, Verdict.NOT_PROTECTED, 2L, Verdict.UNKNOWN, 1L), 2));
		Document page = page(true);
		assertThat(page.select("#risks .overdue").text()).contains("weekly").contains("never run successfully");
		// one badge per verdict, in the order and colours of docs/ui.md
		assertThat(page.select("#protection-counts .badge")).extracting(e -> e.text().replaceAll("^\\d+ ", ""))
			.containsExactly("Protected", "At risk", "Not protected", "Unknown");
		assertThat(page.select("#protection-counts .badge")).extracting(e -> e.className())
			.containsExactly("badge badge-ok", "badge badge-warn", "badge badge-error", "badge badge-off");
		assertThat(page.select("#protection-counts .badge")).allSatisfy(e -> assertThat(e.text()).matches("\\d+ .+"));
		assertThat(page.select("#protection-counts .badge")).extracting(e -> e.text().replaceAll(" .*", ""))
			.containsExactly("3", "1", "2", "1");
		// counts and excused come from one call: the excused guests are left out of the
		// badges
		assertThat(page.select("#protection-counts small").text()).isEqualTo("(2 need none)");
		assertThat(page.select("#risks").first().elementSiblingIndex())
			.isLessThan(page.select("#host-pve").first().elementSiblingIndex());
	}

	@Test
	void memoryPromisedToRunningAndOnBootGuestsIsShown() {
		// running: 2 + 4 + 6 GiB + 0.5 + 1 GiB; win11 does not start on boot
		assertThat(page(false).select("#host-pve .committed").text()).contains("13.5 GiB of 16.0 GiB (84 %)");
	}

	@Test
	void htmxPollGetsOnlyTheSummary() {
		assertThat(this.mvc.get().uri("/").header("HX-Request", "true")).hasStatusOk()
			.bodyText()
			.contains("id=\"summary\"")
			.doesNotContain("app-header");
	}

	@Test
	void neverReadSaysSoInsteadOfZeros() {
		this.inventory.clear();
		Document page = page(false);
		assertThat(page.select(".endpoint-state").text()).contains("No reading from Proxmox VE yet");
		assertThat(page.select("#no-data")).hasSize(1);
		assertThat(page.text()).doesNotContain("0 running");
	}

	@Test
	void aFailingTokenKeepsTheLastValuesAndSaysWhatToDo() {
		Instant earlier = Instant.now().minusSeconds(300);
		this.inventory.endpoint = new EndpointState(false, earlier, Instant.now(), Duration.ofSeconds(10),
				"AUTHENTICATION", "401 invalid token value!", List.of());
		Document page = page(false);
		assertThat(page.select(".alert-error").text()).contains("refused the API token (401)")
			.contains("PVEDASH_PROXMOX_TOKEN_SECRET");
		assertThat(page.select(".as-of.stale")).hasSize(1);
		assertThat(page.select("#host-pve").text()).contains("Intel(R) N95");
	}

	@Test
	void tokenSelfTestFindingsAreHeadlines() {
		Instant now = Instant.now();
		this.inventory.endpoint = new EndpointState(false, now, now, Duration.ofSeconds(10), null, null,
				List.of("power actions: missing VM.PowerMgmt on /vms/101"));
		assertThat(page(false).select(".endpoint-state .alert-warn").text())
			.isEqualTo("power actions: missing VM.PowerMgmt on /vms/101");
	}

	@Test
	void anOfflineNodeIsMarkedWithItsLastValues() {
		HostView pve = this.inventory.hosts.remove(0);
		this.inventory.hosts.add(new HostView("pve", false, pve.cpu(), pve.cpuModel(), 1, 4, 4, pve.memUsed(),
				pve.memTotal(), null, null, null, null, List.of(), null, null, null, pve.asOf()));
		Document page = page(false);
		assertThat(page.select("#host-pve.offline .badge-error").text()).isEqualTo("offline");
		assertThat(page.select("#host-pve").text()).contains("9.0 GiB of 16.0 GiB").contains("— of —");
	}

	@Test
	void staleShowsAfterTwoActiveIntervalsEvenWhileBackingOff() {
		Instant good = Instant.now().minusSeconds(22);
		// backed off to 60 s: the old threshold (two current intervals) said "fresh" for
		// two minutes
		this.inventory.endpoint = new EndpointState(false, good, Instant.now(), Duration.ofSeconds(60), "CONNECTION",
				"Connection refused", List.of(), 2, Duration.ofSeconds(20), false, false);
		assertThat(page(true).select(".as-of.stale .badge-warn").text()).isEqualTo("stale");
	}

	@Test
	void oneFailedCycleIsRetryingNotTheRedBanner() {
		Instant good = Instant.now().minusSeconds(12);
		this.inventory.endpoint = new EndpointState(false, good, Instant.now(), Duration.ofSeconds(20), "CONNECTION",
				"Connection refused", List.of(), 1, Duration.ofSeconds(20), false, false);
		Document page = page(true);
		assertThat(page.select(".endpoint-state .retrying").text()).contains("retrying");
		// the endpoint's banner only: risk headlines are red alerts of their own
		assertThat(page.select(".endpoint-state .alert-error")).isEmpty();
		this.inventory.endpoint = new EndpointState(false, good, Instant.now(), Duration.ofSeconds(40), "CONNECTION",
				"Connection refused", List.of(), 2, Duration.ofSeconds(20), false, false);
		page = page(true);
		assertThat(page.select(".endpoint-state .retrying")).isEmpty();
		assertThat(page.select(".endpoint-state .alert-error").text()).contains("cannot be reached");
	}

	@Test
	void firstViewAfterIdleSaysRefreshingNotStale() {
		Instant good = Instant.now().minusSeconds(55); // the idle interval's last read
		this.inventory.endpoint = new EndpointState(false, good, good, Duration.ofSeconds(60), null, null, List.of(), 0,
				Duration.ofSeconds(20), true, false);
		Document page = page(false);
		assertThat(page.select(".as-of .refreshing").text()).isEqualTo("refreshing…");
		assertThat(page.select(".as-of.stale")).isEmpty();
		assertThat(page.text()).doesNotContain("stale");
		assertThat(page.select("#summary").attr("hx-trigger")).startsWith("load delay:2s"); // fresh
																							// data
																							// comes
																							// sooner
	}

	@Test
	void anOfflineNodeShowsPveReasonEscaped() {
		HostView pve = this.inventory.hosts.remove(0);
		this.inventory.hosts.add(new HostView("pve", false, pve.cpu(), pve.cpuModel(), 1, 4, 4, pve.memUsed(),
				pve.memTotal(), null, null, null, null, List.of(), null, null, null, pve.asOf(),
				"595 No route to host <script>alert(1)</script>"));
		Document page = page(false);
		assertThat(page.select("#host-pve .status-error").text())
			.isEqualTo("Unreachable: 595 No route to host <script>alert(1)</script>");
		assertThat(page.select("#host-pve script")).isEmpty();
	}

	@Test
	void guestsWithoutNodesAreListedWithThePrivilegeBanner() {
		this.inventory.hosts.clear();
		this.inventory.storages.clear();
		Instant now = Instant.now();
		this.inventory.endpoint = new EndpointState(false, now, now, Duration.ofSeconds(10), null, null, List.of(), 0,
				Duration.ofSeconds(20), false, true);
		Document overview = page(false);
		assertThat(overview.select(".endpoint-state .nodes-hidden").text()).contains("Sys.Audit");
		assertThat(overview.select("#no-data")).isEmpty(); // something was read: the
															// guests
		assertThat(overview.select("#guests-only a[href=/guests]")).hasSize(1);
	}

	private Document page(boolean htmx) {
		var request = this.mvc.get().uri("/");
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return Jsoup.parse(assertThat(request).hasStatusOk().bodyText().actual());
	}

	private static ChartBlock chart(String id) {
		return new ChartBlock(id, "/api/metrics/" + id, List.of());
	}

}
