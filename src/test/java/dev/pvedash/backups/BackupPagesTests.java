package dev.pvedash.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.AllModulesWebMvcTest;
import dev.pvedash.support.HtmlChecks;

/** {@code /backups} and the guest page panel render the stored backups and every guest's verdict. */
@AllModulesWebMvcTest
class BackupPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FakeInventory inventory;

	@Autowired
	BackupRepository backups;

	@Autowired
	BackupJobRepository jobs;

	/** The slice's inventory is shared with other test classes: leave it empty, as found. */
	@AfterEach
	void leaveTheInventoryEmpty() {
		this.inventory.clear();
	}

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
	}

	Document page(String path, String role, boolean htmx) throws Exception {
		var request = get(path).with(user("u").roles(role));
		MvcResult result = this.mvc.perform(htmx ? request.header("HX-Request", "true") : request)
			.andExpect(status().isOk())
			.andReturn();
		if (!htmx) {
			HtmlChecks.assertSecurityHeaders(result);
		}
		return HtmlChecks.assertNoInlineScript(result.getResponse().getContentAsString());
	}

	@Test
	void everyGuestHasOneVerdictWordAndItsSentence() throws Exception {
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
	void backupsJobsAndUnreadableStoragesAreListedAndNotesStayText() throws Exception {
		Document doc = page("/backups", "VIEWER", false);
		assertThat(doc.select("#copies-101 td").text()).contains("3.0 GiB", "pbs-offsite", "off this host", "protected",
				"verified");
		assertThat(doc.select("#copies-102 td").text()).contains("700.0 MiB", "on this host");
		assertThat(doc.select("#copies-101 td").text()).contains(BackupFixtures.SCRIPT_NOTES);
		assertThat(doc.select("#storage-pve-usb-backup").text()).contains("unreadable", "not online (500)");
		assertThat(doc.select("#jobs tbody tr").text()).contains("sat 02:00", "usb-backup", "201", "enabled", "USB disk");
		assertThat(doc.select("a[href=/backups/settings]")).isEmpty();
	}

	@Test
	void htmxGetsTheLiveFragmentOnly() throws Exception {
		Document doc = page("/backups", "VIEWER", true);
		assertThat(doc.select("header")).isEmpty();
		assertThat(doc.select("#backups #verdicts")).hasSize(1);
	}

	@Test
	void whileActionsAreClosedBackUpNowIsDisabled() throws Exception {
		this.inventory.failing("TLS", "certificate fingerprint changed");
		Document operator = page("/guests/101", "OPERATOR", false);
		assertThat(operator.select("#actions-closed").text()).contains("certificate is not trusted");
		assertThat(operator.select("form#backup-now button[type=submit]").hasAttr("disabled")).isTrue();
	}

	@Test
	void theGuestPageShowsThePanelAndTheFormOnlyToOperators() throws Exception {
		Document viewer = page("/guests/101", "VIEWER", false);
		assertThat(viewer.select("#backup-panel .verdict").text()).contains("Protected", "pbs-offsite");
		assertThat(viewer.select("#backup-panel td").text()).contains("3.0 GiB");
		assertThat(viewer.select("form#backup-now")).isEmpty();
		Document operator = page("/guests/101", "OPERATOR", false);
		assertThat(operator.select("form#backup-now select[name=storage] option")).extracting(e -> e.attr("value"))
			.containsExactly("pbs-offsite", "local", "usb-backup"); // off-host first, unreadable last
		assertThat(operator.select("form#backup-now option[value=usb-backup]").text()).contains("offline");
		assertThat(operator.select("form#backup-now input[name=_csrf]")).hasSize(1);
		Document none = page("/guests/103", "VIEWER", false); // no backup: the sentence, not an empty table
		assertThat(none.select("#backup-panel").text()).contains("No backup of this guest is known");
		assertThat(none.select("#backup-panel table")).isEmpty();
	}

}
