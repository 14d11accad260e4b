package dev.pvedash.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.pvedash.inventory.GuestDetail;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.proxmox.GuestState;
import dev.pvedash.proxmox.GuestType;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.Homelabs;
import dev.pvedash.support.HtmlChecks;
import dev.pvedash.support.WithOperator;
import dev.pvedash.support.WithViewer;

/**
 * {@code /snapshots} and the guest page's snapshot panel, from H2 only
 * (docs/snapshots.md).
 */
@SnapshotSlice
@WithViewer
class SnapshotPagesTests {

	static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FakeInventory inventory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SnapshotsVersion version;

	@Autowired
	SnapshotHistory history;

	@Autowired
	SyncStates states;

	@BeforeEach
	void history() {
		Homelabs.fill(this.inventory, NOW);
		StoredSnapshots.clear(this.jdbc, this.version);
	}

	@Test
	void saysTheTruthBeforeAnyRead() throws Exception {
		Document page = page(this.mvc.get().uri("/snapshots"));
		assertThat(page.select(".alert-info").text()).contains("has been read yet");
		StoredSnapshots.read(this.states, this.inventory, 101, null, NOW);
		assertThat(page(this.mvc.get().uri("/snapshots")).select("#no-snapshots").text())
			.contains("No guest has a snapshot");
	}

	@Test
	void timelineNewestFirstEscapedWithMarkersAndWarnings() throws Exception {
		fill();
		MvcTestResult result = this.mvc.get().uri("/snapshots").exchange();
		String html = assertThat(result).hasStatusOk().bodyText().actual();
		HtmlChecks.assertSecurityHeaders(result.getMvcResult());
		Document page = HtmlChecks.assertNoInlineScript(html);
		assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(page.select("table.snapshots tbody tr strong").eachText()).containsExactly("broken-one", "weekly-2",
				"weekly-1", "ram-one", "gone");
		assertThat(page.select("tr.deleted").text()).contains("deleted").contains("noticed");
		assertThat(page.select("table.snapshots").text()).contains("9 days old")
			.contains("RAM")
			.contains("alice")
			.contains("cv4pve-autosnap")
			.contains("outside")
			.doesNotContain("current");
		assertThat(page.select("p.broken").text()).contains("qm delsnapshot 101 broken-one --force")
			.contains("qm unlock 101");
		assertThat(page.select(".snapshot-warnings [data-kind]").eachAttr("data-kind")).contains("BROKEN",
				"RAM_PASSTHROUGH");
		assertThat(page.select("time.local-time").first().attr("datetime")).isNotEmpty();
	}

	@Test
	void filtersByGuestTagAndMadeByAsFragmentForHtmx() throws Exception {
		fill();
		assertThat(names(this.mvc.get().uri("/snapshots").param("guest", "100"))).containsExactly("ram-one");
		assertThat(names(this.mvc.get().uri("/snapshots").param("tag", "critical"))).containsExactly("ram-one");
		assertThat(names(this.mvc.get().uri("/snapshots").param("madeBy", "DASHBOARD_USER")))
			.containsExactly("weekly-2");
		assertThat(names(this.mvc.get().uri("/snapshots").param("history", "current"))).doesNotContain("gone");
		assertThat(this.mvc.get().uri("/snapshots").param("guest", "101").header("HX-Request", "true")).hasStatusOk()
			.bodyText()
			.startsWith("<div id=\"snapshot-rows\"")
			.doesNotContain("<html");
	}

	@Test
	void guestPanelTreeWithYouAreHereAndNoActionsForViewers() throws Exception {
		fill();
		Document page = page(this.mvc.get().uri("/guests/101"));
		assertThat(page.select("#snapshot-panel .snapshot-tree tbody tr").eachText()).hasSize(4)
			.satisfies(rows -> assertThat(rows.get(1)).contains("you are here"));
		assertThat(page.select(".snapshot-tree tr.depth-0 strong").eachText()).containsExactly("weekly-1");
		assertThat(page.select(".snapshot-tree tr.depth-1 strong").eachText()).containsExactly("weekly-2",
				"broken-one");
		assertThat(page.select("#snapshot-panel .deleted-history").text()).contains("gone");
		assertThat(page.select("#snapshot-form")).isEmpty();
		assertThat(page.select("#snapshot-panel a[href$=/rollback]")).isEmpty();
	}

	@Test
	@WithOperator
	void operatorsGetTheFormAndPassthroughWarning() throws Exception {
		fill();
		Document pfsense = page(this.mvc.get().uri("/guests/100"));
		assertThat(pfsense.select("#snapshot-form input[name=includeRam]")).hasSize(1);
		assertThat(pfsense.select("#snapshot-form .alert-warn").text()).contains("PCI passthrough");
		assertThat(pfsense.select("#snapshot-panel a[href$=/rollback]")).hasSize(1);
		Document pihole = page(this.mvc.get().uri("/guests/200"));
		assertThat(pihole.select("#snapshot-form input[name=includeRam]")).isEmpty();
	}

	@Test
	@WithOperator
	void whileActionsAreClosedThePanelOffersNone() throws Exception {
		fill();
		this.inventory.failing("CONNECTION", "Connection refused");
		try {
			Document pfsense = page(this.mvc.get().uri("/guests/100"));
			assertThat(pfsense.select("#actions-closed").text()).contains("cannot be reached");
			assertThat(pfsense.select("#snapshot-form button[type=submit]").hasAttr("disabled")).isTrue();
			assertThat(pfsense.select("#snapshot-panel a[href$=/rollback], #snapshot-panel a[href$=/delete]"))
				.isEmpty();
		}
		finally {
			this.inventory.readAt(NOW);
		}
	}

	@Test
	void longTimelinesArePagedAndFiltersSurvivePaging() throws Exception {
		fill();
		for (int vmid = 300; vmid < 420; vmid++) { // 120 guests, one snapshot each
			GuestView guest = new GuestView(vmid, GuestType.LXC, "pve", "bulk-" + vmid, GuestState.RUNNING, 0.01, 1, 1L,
					2L, 60L, List.of("bulk"), null, false, NOW);
			this.inventory.guests
				.add(new GuestDetail(guest, 1, 1, 1L, List.of(), List.of(), false, null, false, List.of(), null, NOW));
			StoredSnapshots.add(this.history, this.inventory, vmid, "auto", null, NOW.minusSeconds(60L * (vmid - 299)),
					null, false, null, Attribution.OUTSIDE, NOW);
		}
		Document first = page(this.mvc.get().uri("/snapshots")); // 120 + 5: three pages
		assertThat(vmids(first)).hasSize(50).startsWith("300").endsWith("349");
		assertThat(first.select(".pager").text()).contains("1–50 of 125 snapshots · page 1 of 3");
		assertThat(first.select(".pager a[rel=prev]")).isEmpty();
		assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/snapshots?page=2");

		assertThat(vmids(page(this.mvc.get().uri("/snapshots").param("page", "2")))).hasSize(50)
			.startsWith("350")
			.endsWith("399");
		assertThat(vmids(page(this.mvc.get().uri("/snapshots").param("page", "99")))).hasSize(25)
			.startsWith("400")
			.endsWith("101", "100", "101");
		assertThat(vmids(page(this.mvc.get().uri("/snapshots").param("page", "two")))).startsWith("300");

		Document bulk = page(this.mvc.get().uri("/snapshots").param("guest", "BULK").param("page", "3"));
		assertThat(vmids(bulk)).hasSize(20).startsWith("400").endsWith("419");
		assertThat(bulk.select(".pager").text()).contains("101–120 of 120 snapshots · page 3 of 3");
		assertThat(bulk.select(".pager a[rel=prev]").attr("href")).isEqualTo("/snapshots?guest=BULK&page=2");
		assertThat(bulk.select("input[name=guest]").val()).isEqualTo("BULK");

		String fragment = assertThat(this.mvc.get()
			.uri("/snapshots")
			.param("tag", "bulk")
			.param("madeBy", "OUTSIDE")
			.param("page", "2")
			.header("HX-Request", "true")).hasStatusOk().bodyText().actual();
		assertThat(fragment).startsWith("<div id=\"snapshot-rows\"").doesNotContain("<html");
		Document live = Jsoup.parse(fragment);
		assertThat(vmids(live)).hasSize(50).startsWith("350");
		assertThat(live.select(".pager a[rel=next]").attr("href"))
			.isEqualTo("/snapshots?tag=bulk&madeBy=OUTSIDE&page=3");
		assertThat(live.select(".pager a[rel=prev]").attr("href"))
			.isEqualTo("/snapshots?tag=bulk&madeBy=OUTSIDE&page=1");
	}

	private static java.util.List<String> vmids(Document page) {
		return page.select("table.snapshots tbody tr .vmid").eachText();
	}

	private void fill() {
		Instant day = NOW.minus(Duration.ofDays(1));
		StoredSnapshots.read(this.states, this.inventory, 101, "weekly-1", NOW);
		StoredSnapshots.read(this.states, this.inventory, 100, "ram-one", NOW);
		StoredSnapshots.add(this.history, this.inventory, 101, "weekly-1", "<script>alert(1)</script>\nline two",
				NOW.minus(Duration.ofDays(9)), null, false, null, new Attribution(MadeBy.CV4PVE, null), NOW);
		StoredSnapshots.add(this.history, this.inventory, 101, "weekly-2", null, day.minusSeconds(60), "weekly-1",
				false, null, new Attribution(MadeBy.DASHBOARD_USER, "alice"), NOW);
		StoredSnapshots.add(this.history, this.inventory, 101, "broken-one", null, day, "weekly-1", false, "prepare",
				Attribution.OUTSIDE, NOW);
		StoredSnapshots.add(this.history, this.inventory, 100, "ram-one", null, NOW.minus(Duration.ofDays(30)), null,
				true, null, Attribution.OUTSIDE, NOW);
		StoredSnapshots.add(this.history, this.inventory, 101, "gone", null, NOW.minus(Duration.ofDays(40)), null,
				false, null, Attribution.OUTSIDE, NOW);
		this.history.noticedGone(
				this.history.all(101).stream().filter(s -> s.name().equals("gone")).findFirst().orElseThrow().id(),
				NOW);
	}

	private java.util.List<String> names(MockMvcRequestBuilder request) {
		return page(request).select("table.snapshots tbody tr .snapshot-name strong").eachText();
	}

	private Document page(MockMvcRequestBuilder request) {
		return Jsoup.parse(assertThat(request).hasStatusOk().bodyText().actual());
	}

}
