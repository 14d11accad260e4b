package dev.pvedash.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.ui.Model;

import dev.pvedash.backups.Protection;
import dev.pvedash.backups.ProtectionSummary;
import dev.pvedash.guests.GuestPagesSlice;
import dev.pvedash.guests.GuestPanel;
import dev.pvedash.hosts.OverviewSlice;
import dev.pvedash.metrics.StorageForecast.State;
import dev.pvedash.snapshots.ScheduleHealth;
import dev.pvedash.snapshots.SnapshotRisks;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.Homelabs;
import dev.pvedash.support.HtmlChecks;
import dev.pvedash.support.PveDashWebMvcTest;
import dev.pvedash.support.WithViewer;

/**
 * The charts as the server renders them (docs/metrics.md, "Charts"): chart containers
 * that charts.js fills (right API path, fields, range buttons), the last hour's min / avg
 * / max as text for a browser without JavaScript, sparklines, and each storage's fill
 * forecast with its colour. The pages are the guests and hosts modules' (imported whole);
 * this module's charts are real over a mocked history; the overview's risk sources are
 * mocks and the snapshot and backup panels stand-ins with their real order (10 and 20,
 * see ChartPanel).
 */
@PveDashWebMvcTest(MetricsApiController.class)
@Import({ GuestPagesSlice.class, OverviewSlice.class, Charts.class, ChartPanel.class, FakeInventory.class,
		ChartPagesTests.OtherPanels.class })
@WithViewer
class ChartPagesTests {

	private static final double GIB = 1024.0 * 1024 * 1024;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FakeInventory inventory;

	@MockitoBean
	Metrics metrics;

	@MockitoBean
	StorageForecasts forecasts;

	@MockitoBean
	ScheduleHealth schedules;

	@MockitoBean
	Protection protection;

	@MockitoBean
	SnapshotRisks snapshotRisks;

	static final AtomicLong writes = new AtomicLong();

	@BeforeEach
	void homelab() {
		Homelabs.fill(this.inventory, Instant.now());
		given(this.protection.summary()).willReturn(new ProtectionSummary(Map.of(), 0));
		// each test's stubs are new samples: Charts keeps its blocks until the store's
		// version moves
		given(this.metrics.version()).willReturn(writes.incrementAndGet());
		List<String> guestFields = Kind.withMax(Kind.GUEST.fields());
		given(this.metrics.guest(anyInt(), any()))
			.willReturn(new MetricSeries(MetricRange.H1, 60, guestFields, List.of()));
		given(this.metrics.guest(eq(101), eq(MetricRange.H1)))
			.willReturn(new MetricSeries(MetricRange.H1, 60, guestFields,
					List.of(point(0, 0.02, 0.30, GIB, 2 * GIB, 2048.0, null),
							point(60, 0.08, 0.10, 3 * GIB, 2 * GIB, null, 3 * 1048576.0),
							point(120, null, null, null, null, null, null))));
		given(this.metrics.node(anyString(), any()))
			.willReturn(new MetricSeries(MetricRange.H1, 60, Kind.withMax(Kind.NODE.fields()), List.of()));
		given(this.metrics.storage(anyString(), anyString(), any()))
			.willReturn(new MetricSeries(MetricRange.H1, 60, Kind.withMax(Kind.STORAGE.fields()), List.of()));
	}

	@Test
	void guestPageCarriesFourChartsBeforeSnapshotsWithRangeButtons() {
		Document page = page("/guests/101");
		Element panel = page.selectFirst("#chart-panel");
		assertThat(panel).isNotNull();
		assertThat(page.select("#chart-panel, #snapshot-panel, #backup-panel").eachAttr("id"))
			.startsWith("chart-panel");
		Element group = panel.selectFirst("[data-charts]");
		assertThat(group.id()).isEqualTo("charts-guest-101");
		assertThat(group.select("[data-chart]").eachAttr("data-chart")).containsExactly("cpu", "memory", "network",
				"disk");
		assertThat(group.select("[data-chart]").eachAttr("data-src")).containsOnly("/api/metrics/guests/101");
		assertThat(group.selectFirst("[data-chart=network]").attr("data-fields")).isEqualTo("netin|netout");
		assertThat(group.selectFirst("[data-chart=network]").attr("data-unit")).isEqualTo("rate");
		assertThat(group.selectFirst("[data-chart=disk]").attr("data-labels")).isEqualTo("Read|Write");
		assertThat(group.selectFirst("[data-chart=memory]").attr("data-ref")).isEqualTo("maxmem");
		assertThat(group.selectFirst("[data-chart=cpu]").hasAttr("data-ref")).isFalse();
		assertThat(group.select(".ranges button[type=button]").eachAttr("data-range")).containsExactly("1h", "24h",
				"7d", "30d", "1y");
		assertThat(group.select(".ranges button").eachAttr("aria-pressed")).containsExactly("true", "false", "false",
				"false", "false");
		assertThat(group.selectFirst(".ranges").attr("aria-label")).isEqualTo("Time range");
	}

	@Test
	void withoutJavaScriptTheLastHourReadsAsMinAvgMax() {
		Document page = page("/guests/101");
		// min and average of the averages, the max of the maxima; the gap at 120 s counts
		// for nothing
		assertThat(page.selectFirst("[data-chart=cpu] .chart-summary").text())
			.isEqualTo("Last hour: CPU: min 2 %, avg 5 %, max 30 %");
		assertThat(page.selectFirst("[data-chart=memory] .chart-summary").text())
			.isEqualTo("Last hour: Used: min 1.0 GiB, avg 2.0 GiB, max 3.0 GiB");
		assertThat(page.selectFirst("[data-chart=disk] .chart-summary").text())
			.contains("Read: min 2.0 KiB/s, avg 2.0 KiB/s, max 2.0 KiB/s")
			.contains("Write: min 3.0 MiB/s, avg 3.0 MiB/s, max 3.0 MiB/s");
		assertThat(page("/guests/100").selectFirst("[data-chart=cpu] .chart-summary").text())
			.isEqualTo("Last hour: CPU: no history yet");
	}

	@Test
	void overviewHostCardHasChartsSparklineAndForecasts() {
		given(this.forecasts.of("pve", "local"))
			.willReturn(Optional.of(new StorageForecast("pve", "local", State.FILLING, 21.4)));
		given(this.forecasts.of("pve", "local-lvm"))
			.willReturn(Optional.of(new StorageForecast("pve", "local-lvm", State.FILLING, 5.2)));
		Document page = page("/");
		Element card = page.selectFirst("#host-pve");
		Element group = card.selectFirst("#charts-node-pve");
		assertThat(group.hasAttr("hx-preserve")).isTrue();
		assertThat(group.select("[data-chart]").eachAttr("data-chart")).containsExactly("cpu", "memory", "network",
				"iowait");
		assertThat(group.select("[data-chart]").eachAttr("data-src")).containsOnly("/api/metrics/nodes/pve");
		assertThat(group.select(".chart-summary").eachText()).allMatch(text -> text.contains("no history yet"));
		Element spark = card.selectFirst("#spark-node-pve[data-sparkline]");
		assertThat(spark.attr("data-src")).isEqualTo("/api/metrics/nodes/pve");
		assertThat(spark.attr("role")).isEqualTo("img");
		assertThat(spark.attr("aria-label")).isEqualTo("CPU over the last hour");
		assertThat(forecast(card, "local").text()).isEqualTo("full in about 21 days");
		assertThat(forecast(card, "local").className()).isEqualTo("forecast badge badge-warn");
		assertThat(forecast(card, "local-lvm").text()).isEqualTo("full in about 5 days");
		assertThat(forecast(card, "local-lvm").className()).isEqualTo("forecast badge badge-error");
		Element history = card.selectFirst("#history-charts-storage-pve-local-lvm");
		assertThat(history.tagName()).isEqualTo("details");
		assertThat(history.hasAttr("hx-preserve")).isTrue();
		assertThat(history.selectFirst("[data-chart=storage]").attr("data-src"))
			.isEqualTo("/api/metrics/storages/pve/local-lvm");
		assertThat(history.selectFirst("[data-chart=storage]").attr("data-ref")).isEqualTo("total");
		assertThat(history.select("[hx-preserve]")).as("a preserved element holds no other").containsExactly(history);
	}

	@Test
	void storagesWithoutTrendSaySo() {
		given(this.forecasts.of("pve", "local"))
			.willReturn(Optional.of(new StorageForecast("pve", "local", State.NOT_FILLING, null)));
		given(this.forecasts.of("pve", "local-lvm")).willReturn(Optional.empty());
		Element card = page("/").selectFirst("#host-pve");
		assertThat(forecast(card, "local").text()).isEqualTo("not filling");
		assertThat(forecast(card, "local").hasClass("badge-ok")).isTrue();
		assertThat(forecast(card, "local-lvm").text()).isEqualTo("not enough history yet");
		assertThat(forecast(card, "local-lvm").hasClass("badge-off")).isTrue();
	}

	@Test
	void guestsTableHasASparklinePerGuestButTemplates() {
		Document page = page("/guests");
		assertThat(page.selectFirst("#guest-101 [data-sparkline]").attr("data-src"))
			.isEqualTo("/api/metrics/guests/101");
		assertThat(page.selectFirst("#guest-101 [data-sparkline]").id()).isEqualTo("spark-guest-101");
		assertThat(page.select("#guest-9000 [data-sparkline]")).isEmpty();
		assertThat(page.select("#guest-rows tbody [data-sparkline]")).hasSize(6);
	}

	private static Element forecast(Element card, String storage) {
		return card.select(".storages li")
			.stream()
			.filter(li -> li.selectFirst("code").text().equals(storage))
			.findFirst()
			.orElseThrow()
			.selectFirst(".forecast");
	}

	private Document page(String path) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		HtmlChecks.assertSecurityHeaders(result.getMvcResult());
		return HtmlChecks.assertNoInlineScript(assertThat(result).bodyText().actual());
	}

	private static MetricPoint point(long t, Double cpu, Double cpuMax, Double mem, Double maxmem, Double read,
			Double write) {
		Map<String, Double> values = new HashMap<>();
		values.put("cpu", cpu);
		values.put("cpu_max", cpuMax);
		values.put("mem", mem);
		values.put("mem_max", mem);
		values.put("maxmem", maxmem);
		values.put("diskread", read);
		values.put("diskread_max", read);
		values.put("diskwrite", write);
		values.put("diskwrite_max", write);
		return new MetricPoint(1_764_750_000L + t, values);
	}

	/**
	 * The snapshots and backups panels' places on the guest page, without their modules.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class OtherPanels {

		@Bean
		GuestPanel snapshotPanel() {
			return new StandInPanel(10, "snapshots");
		}

		@Bean
		GuestPanel backupPanel() {
			return new StandInPanel(20, "backups");
		}

	}

	record StandInPanel(int order, String fragment) implements GuestPanel {

		@Override
		public String template() {
			return "test/panels";
		}

		@Override
		public void fill(int vmid, Model model) {
		}

	}

}
