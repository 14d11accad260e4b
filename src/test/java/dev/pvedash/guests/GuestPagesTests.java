package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.pvedash.inventory.EndpointState;
import dev.pvedash.inventory.GuestDetail;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.TaskState;
import dev.pvedash.inventory.TaskView;
import dev.pvedash.proxmox.GuestState;
import dev.pvedash.proxmox.GuestType;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.Homelabs;
import dev.pvedash.support.PveDashWebMvcTest;
import dev.pvedash.support.WithViewer;

/**
 * {@code /guests} and {@code /guests/{vmid}} from the stored inventory
 * (docs/architecture.md, "Poll, store, page"), in PVE's words and units (docs/ui.md). No
 * panel of another module: those test their own.
 */
@PveDashWebMvcTest(GuestController.class)
@Import({ GuestPagesSlice.class, FakeInventory.class })
@WithViewer
class GuestPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FakeInventory inventory;

	@BeforeEach
	void homelab() {
		Homelabs.fill(this.inventory, Instant.now());
	}

	@Test
	void everyGuestWithPveWordsAndUnits() {
		Document page = page(this.mvc.get().uri("/guests"));
		assertThat(page.select("#guest-rows tbody tr")).hasSize(7);
		String pfsense = page.select("#guest-100").text();
		assertThat(pfsense).contains("pfsense")
			.contains("running")
			.contains("5 % of 2 vCPU")
			.contains("1.0 GiB / 2.0 GiB")
			.contains("VM")
			.contains("critical");
		assertThat(page.select("#guest-103").text()).contains("stopped").contains("8.0 GiB").contains("—");
		assertThat(page.select("#guest-9000").text()).contains("template");
		assertThat(page.select("#guest-200").text()).contains("CT");
	}

	@Test
	void filtersSearchAndSort() {
		assertThat(ids(this.mvc.get().uri("/guests").param("status", "stopped"))).containsExactly("103");
		assertThat(ids(this.mvc.get().uri("/guests").param("type", "lxc"))).containsExactly("200", "201");
		assertThat(ids(this.mvc.get().uri("/guests").param("tag", "critical"))).containsExactly("100");
		assertThat(ids(this.mvc.get().uri("/guests").param("q", "DOCK"))).containsExactly("102");
		assertThat(ids(this.mvc.get().uri("/guests").param("sort", "cpu").param("dir", "desc")))
			.startsWith("102", "101", "100")
			.endsWith("103", "9000"); // unknown CPU last, never ranked as zero
		assertThat(ids(this.mvc.get().uri("/guests").param("sort", "nonsense"))).startsWith("100", "101");
	}

	@Test
	@DisplayName("pages of 50 (pvedash.guests.page-size): filter and sort over every guest, then the page; links keep both")
	void longTablesArePaged() {
		Instant now = Instant.now();
		for (int vmid = 300; vmid < 420; vmid++) { // 7 + 120 guests: three pages
			GuestView guest = new GuestView(vmid, GuestType.LXC, "pve", "ct-" + vmid, GuestState.RUNNING, 0.01, 1, 1L,
					2L, 60L, List.of("bulk"), null, false, now);
			this.inventory.guests
				.add(new GuestDetail(guest, 1, 1, 1L, List.of(), List.of(), false, null, false, List.of(), null, now));
		}
		Document first = page(this.mvc.get().uri("/guests"));
		assertThat(first.select("#guest-rows tbody tr")).hasSize(50);
		assertThat(first.select("#guest-100")).hasSize(1);
		assertThat(first.select(".pager").text()).contains("1–50 of 127 guests · page 1 of 3").contains("Next");
		assertThat(first.select(".pager a[rel=prev]")).isEmpty();
		assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/guests?page=2");

		Document last = page(this.mvc.get()
			.uri("/guests")
			.param("tag", "bulk")
			.param("sort", "name")
			.param("dir", "desc")
			.param("page", "3"));
		assertThat(last.select("#guest-rows tbody tr")).hasSize(20); // 120 matches: 50 +
																		// 50 + 20
		assertThat(last.select("#guest-rows tbody tr").last().id()).isEqualTo("guest-300");
		assertThat(last.select(".pager a[rel=prev]").attr("href"))
			.isEqualTo("/guests?tag=bulk&sort=name&dir=desc&page=2");
		assertThat(last.select("#guest-rows").attr("hx-get")).isEqualTo("/guests?tag=bulk&sort=name&dir=desc&page=3");

		assertThat(ids(this.mvc.get().uri("/guests").param("page", "99"))).hasSize(27).endsWith("419", "9000");
		assertThat(ids(this.mvc.get().uri("/guests").param("page", "two"))).hasSize(50).startsWith("100");
		assertThat(page(this.mvc.get().uri("/guests").param("q", "a+b c&page=9")).select("#guest-rows").attr("hx-get"))
			.isEqualTo("/guests?q=a%2Bb%20c%26page%3D9&page=1");
	}

	@Test
	void htmxGetsTheRowsFragmentOnly() {
		assertThat(this.mvc.get().uri("/guests").param("status", "running").header("HX-Request", "true")).hasStatusOk()
			.bodyText()
			.contains("id=\"guest-rows\"")
			.doesNotContain("app-header");
	}

	@Test
	void namesFromPveAreEscaped() {
		GuestView evil = new GuestView(150, GuestType.QEMU, "pve", "<img src=x onerror=alert(1)>", GuestState.STOPPED,
				null, 1, null, 1L, null, List.of("\"><svg onload=alert(1)>"), null, false, Instant.now());
		this.inventory.guests.add(new GuestDetail(evil, 1, 1, 1L, List.of(), List.of(), false, null, false, List.of(),
				"<script>alert(1)</script>", Instant.now()));
		Document list = page(this.mvc.get().uri("/guests"));
		assertThat(list.select("img, svg")).filteredOn(e -> !e.hasAttr("src") || e.attr("src").equals("x")).isEmpty();
		assertThat(list.select("#guest-150").text()).contains("<img src=x onerror=alert(1)>");
		assertThat(page(this.mvc.get().uri("/guests/150")).select("script:not([src])")).isEmpty();
	}

	@Test
	void detailShowsConfigUsageAndTasks() {
		this.inventory.tasks
			.add(new TaskView("UPID:pve:00001234:00ABCDEF:6745A1B2:qmstart:100:root@pam:", "pve", 100, "qmstart",
					"root@pam", Instant.now().minusSeconds(60), Instant.now().minusSeconds(58), TaskState.OK, "OK"));
		Document page = page(this.mvc.get().uri("/guests/100"));
		assertThat(page.select("h1").text()).isEqualTo("100 pfsense");
		assertThat(page.text()).contains("hostpci0: 0000:01:00.0")
			.contains("yes, order 1")
			.contains("scsi0")
			.contains("2 core(s) × 1 socket(s)")
			.contains("qmstart")
			.contains("root@pam");
	}

	@Test
	void unknownGuestIsA404WithAPlainMessage() {
		assertThat(this.mvc.get().uri("/guests/4242")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("No guest with this ID is known");
		assertThat(this.mvc.get().uri("/guests/abc")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void guestsWithoutNodesAreListedWithThePrivilegeBanner() {
		this.inventory.hosts.clear();
		this.inventory.storages.clear();
		Instant now = Instant.now();
		this.inventory.endpoint = new EndpointState(false, now, now, Duration.ofSeconds(10), null, null, List.of(), 0,
				Duration.ofSeconds(20), false, true);
		Document guests = page(this.mvc.get().uri("/guests"));
		assertThat(guests.select("#guest-rows tbody tr")).hasSize(this.inventory.guests.size()).hasSize(7);
		assertThat(guests.select(".endpoint-state .nodes-hidden")).hasSize(1);
	}

	private List<String> ids(MockMvcRequestBuilder request) {
		return page(request).select("#guest-rows tbody tr td.vmid").eachText();
	}

	private Document page(MockMvcRequestBuilder request) {
		return Jsoup.parse(assertThat(request).hasStatusOk().bodyText().actual());
	}

}
