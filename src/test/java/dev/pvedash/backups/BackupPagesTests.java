package dev.pvedash.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.pvedash.guests.GuestPagesSlice;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.HtmlChecks;
import dev.pvedash.support.PveDashWebMvcTest;

/**
 * {@code /backups} and the guest page panel render the stored backups and every guest's
 * verdict (docs/protection.md). This module's reading side is real on H2; the guest page
 * is the guests module's, imported whole so the panel is seen where it lives.
 */
@PveDashWebMvcTest(BackupsController.class)
@Import({ GuestPagesSlice.class, BackupPanel.class, BackupPages.class, BackupTable.class, BackupStates.class,
		Protection.class, BackupRepository.class, BackupJobRepository.class, LastTaskRepository.class,
		BackupSettingsRepository.class, BackupsConfiguration.class, BackupsVersion.class, FakeInventory.class })
class BackupPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FakeInventory inventory;

	@Autowired
	BackupRepository backups;

	@Autowired
	BackupJobRepository jobs;

	@Autowired
	Protection protection;

	@BeforeEach
	void homelab() {
		this.inventory.clear();
		this.inventory.readAt(Instant.now());
		this.inventory.hosts.add(Homes.host("pve", true));
		for (int vmid : new int[] { 101, 102, 201, 103 }) {
			Homes.put(this.inventory, Homes.guest(vmid, "guest-" + vmid, false));
		}
		Homes.put(this.inventory, Homes.guest(9000, "debian-template", true));
		BackupFixtures.homelab(this.backups, this.jobs, Instant.now());
		this.jobs.replaceUncovered(List.of());
	}

	Document page(String path, String role, boolean htmx) {
		var request = this.mvc.get().uri(path).with(user("u").roles(role));
		MvcTestResult result = (htmx ? request.header("HX-Request", "true") : request).exchange();
		assertThat(result).hasStatusOk();
		if (!htmx) {
			HtmlChecks.assertSecurityHeaders(result.getMvcResult());
		}
		return HtmlChecks.assertNoInlineScript(assertThat(result).bodyText().actual());
	}

	@Test
	void everyGuestHasOneVerdictWordAndItsSentence() {
		Document doc = page("/backups", "VIEWER", false);
		assertThat(doc.select("#verdicts tbody tr")).hasSize(5);
		assertThat(doc.select("#guest-101 .verdict .badge-ok").text()).isEqualTo("Protected");
		assertThat(doc.select("#guest-102 .verdict .badge-warn").text()).isEqualTo("At risk");
		assertThat(doc.select("#guest-102 .verdict").text()).contains("only on this host (local)", "Add a PBS or NFS");
		assertThat(doc.select("#guest-201 .verdict .badge-off").text()).isEqualTo("Unknown");
		assertThat(doc.select("#guest-201 .verdict").text()).contains("usb-backup", "not online");
		assertThat(doc.select("#guest-103 .verdict .badge-error").text()).isEqualTo("Not protected");
		assertThat(doc.select("#guest-9000 .verdict .badge-error").text()).isEqualTo("Not protected");
		assertThat(doc.text()).contains("Snapshots live on the same disk as the guest: they are not backups");
		assertThat(doc.select("nav a[href=/backups]").attr("aria-current")).isEqualTo("page");
	}

	@Test
	void backupsJobsAndUnreadableStoragesAreListedAndNotesStayText() {
		Document doc = page("/backups", "VIEWER", false);
		assertThat(doc.select("#copies-101 td").text()).contains("3.0 GiB", "pbs-offsite", "off this host", "protected",
				"verified");
		assertThat(doc.select("#copies-102 td").text()).contains("700.0 MiB", "on this host");
		assertThat(doc.select("#copies-101 td").text()).contains(BackupFixtures.SCRIPT_NOTES);
		assertThat(doc.select("#storage-pve-usb-backup").text()).contains("unreadable", "not online (500)");
		assertThat(doc.select("#jobs tbody tr").text()).contains("sat 02:00", "usb-backup", "201", "enabled",
				"USB disk");
		assertThat(doc.select("a[href=/backups/settings]")).isEmpty();
	}

	@Test
	void htmxGetsTheLiveFragmentOnly() {
		Document doc = page("/backups", "VIEWER", true);
		assertThat(doc.select("header")).isEmpty();
		assertThat(doc.select("#backups #verdicts")).hasSize(1);
	}

	@Test
	void whileActionsAreClosedBackUpNowIsDisabled() {
		this.inventory.failing("TLS", "certificate fingerprint changed");
		Document operator = page("/guests/101", "OPERATOR", false);
		assertThat(operator.select("#actions-closed").text()).contains("certificate is not trusted");
		assertThat(operator.select("form#backup-now button[type=submit]").hasAttr("disabled")).isTrue();
	}

	@Test
	void theGuestPageShowsThePanelAndTheFormOnlyToOperators() {
		Document viewer = page("/guests/101", "VIEWER", false);
		assertThat(viewer.select("#backup-panel .verdict").text()).contains("Protected", "pbs-offsite");
		assertThat(viewer.select("#backup-panel td").text()).contains("3.0 GiB");
		assertThat(viewer.select("form#backup-now")).isEmpty();
		Document operator = page("/guests/101", "OPERATOR", false);
		assertThat(operator.select("form#backup-now select[name=storage] option")).extracting(e -> e.attr("value"))
			.containsExactly("pbs-offsite", "local", "usb-backup"); // off-host first,
																	// unreadable last
		assertThat(operator.select("form#backup-now option[value=usb-backup]").text()).contains("offline");
		assertThat(operator.select("form#backup-now input[name=_csrf]")).hasSize(1);
		Document none = page("/guests/103", "VIEWER", false); // no backup: the sentence,
																// not an empty table
		assertThat(none.select("#backup-panel").text()).contains("No backup of this guest is known");
		assertThat(none.select("#backup-panel table")).isEmpty();
	}

	@Test
	void longTablesArePagedWithTheCountsOverEveryGuest() {
		for (int vmid = 300; vmid < 420; vmid++) { // 5 + 120 guests: three pages
			Homes.put(this.inventory, Homes.guest(vmid, "bulk-" + vmid, false));
		}
		Map<Verdict, Long> totals = this.protection.counts();
		Document first = page("/backups", "VIEWER", false);
		assertThat(first.select("#verdicts tbody tr")).hasSize(50);
		assertThat(first.select("#guest-101, #copies-101")).hasSize(2);
		assertThat(first.select(".pager").text()).contains("1–50 of 125 guests · page 1 of 3").contains("Next");
		assertThat(first.select(".pager a[rel=prev]")).isEmpty();
		assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/backups?page=2");
		assertCounts(first, totals);

		Document second = page("/backups?page=2", "VIEWER", false);
		assertThat(second.select("#verdicts tbody tr")).hasSize(50);
		assertThat(second.select("#verdicts tbody tr").first().id()).isEqualTo("guest-346");
		assertThat(second.select("#verdicts tbody tr").last().id()).isEqualTo("guest-395");
		assertThat(second.select("#guest-101, #copies-101")).isEmpty();
		assertThat(second.select("#backups").attr("hx-get")).isEqualTo("/backups?page=2");
		assertCounts(second, totals);

		Document bulk = page("/backups?q=bulk&verdict=not_protected&sort=vmid&dir=desc&page=2", "VIEWER", false);
		assertThat(bulk.select("#verdicts tbody tr")).hasSize(50);
		assertThat(bulk.select("#verdicts tbody tr").first().id()).isEqualTo("guest-369");
		assertThat(bulk.select("#verdicts .verdict .badge").eachText()).containsOnly("Not protected");
		assertThat(bulk.select(".pager").text()).contains("51–100 of 120 guests · page 2 of 3");
		assertThat(bulk.select(".pager a[rel=next]").attr("href"))
			.isEqualTo("/backups?q=bulk&verdict=not_protected&sort=vmid&dir=desc&page=3");
		assertThat(bulk.select("#backups").attr("hx-get"))
			.isEqualTo("/backups?q=bulk&verdict=not_protected&sort=vmid&dir=desc&page=2");
		assertThat(bulk.select("input[name=q]").val()).isEqualTo("bulk");
		assertThat(bulk.select("select[name=verdict] option[selected]").val()).isEqualTo("not_protected");
		assertCounts(bulk, totals);

		Document live = page("/backups?q=bulk&verdict=not_protected&sort=vmid&dir=desc&page=2", "VIEWER", true);
		assertThat(live.select("header, form.filters")).isEmpty();
		assertThat(live.select("#backups").attr("hx-get"))
			.isEqualTo("/backups?q=bulk&verdict=not_protected&sort=vmid&dir=desc&page=2");
		assertThat(live.select("#verdicts tbody tr").first().id()).isEqualTo("guest-369");
		assertCounts(live, totals);

		Document last = page("/backups?page=99", "VIEWER", false);
		assertThat(last.select("#verdicts tbody tr")).hasSize(25);
		assertThat(last.select("#verdicts tbody tr").last().id()).isEqualTo("guest-9000");
		assertThat(page("/backups?page=two", "VIEWER", false).select("#verdicts tbody tr").first().id())
			.isEqualTo("guest-101");
		assertThat(this.mvc.get().uri("/backups").param("q", "a+b c&page=9").with(user("u").roles("VIEWER")))
			.hasStatusOk()
			.bodyText()
			.contains("hx-get=\"/backups?q=a%2Bb%20c%26page%3D9&amp;page=1\"");
	}

	@Test
	void theTableSortsByVerdictWorstFirst() {
		Document doc = page("/backups?sort=verdict", "VIEWER", false);
		assertThat(doc.select("#verdicts tbody tr .verdict .badge:first-child").eachText())
			.containsExactly("Not protected", "Not protected", "Unknown", "At risk", "Protected");
		assertThat(doc.select("#verdicts th[aria-sort=ascending] a").attr("href"))
			.isEqualTo("/backups?sort=verdict&dir=desc&page=1");
	}

	@Test
	void guestsNoJobCoversAreListedWhenFewAndFilteredWhenMany() {
		this.jobs.replaceUncovered(List.of(new BackupSource.UncoveredEntry(103, "guest-103", "qemu")));
		Document few = page("/backups", "VIEWER", false);
		assertThat(few.select("#uncovered li").text()).contains("103", "guest-103");
		assertThat(few.select("#uncovered-count").text()).contains("1 guest is in no backup job");
		List<BackupSource.UncoveredEntry> many = new ArrayList<>();
		for (int vmid = 300; vmid < 420; vmid++) {
			Homes.put(this.inventory, Homes.guest(vmid, "bulk-" + vmid, false));
			many.add(new BackupSource.UncoveredEntry(vmid, "bulk-" + vmid, "qemu"));
		}
		this.jobs.replaceUncovered(many);
		Document doc = page("/backups", "VIEWER", false);
		assertThat(doc.select("#uncovered li")).isEmpty();
		assertThat(doc.select("#uncovered-count").text()).contains("120 guests are in no backup job");
		assertThat(doc.select("#uncovered-count a").attr("href")).isEqualTo("/backups?job=none");
		Document jobless = page("/backups?job=none&page=3", "VIEWER", false);
		assertThat(jobless.select("#verdicts tbody tr")).hasSize(20);
		assertThat(jobless.select("#verdicts tbody tr").first().id()).isEqualTo("guest-400");
		assertThat(jobless.select(".pager a[rel=prev]").attr("href")).isEqualTo("/backups?job=none&page=2");
		assertThat(jobless.select("select[name=job] option[selected]").val()).isEqualTo("none");
	}

	private static void assertCounts(Document doc, Map<Verdict, Long> totals) {
		totals.forEach((verdict,
				count) -> assertThat(doc.select("#count-" + verdict.name().toLowerCase(java.util.Locale.ROOT)).text())
					.as(verdict.name())
					.isEqualTo(String.valueOf(count)));
	}

}
