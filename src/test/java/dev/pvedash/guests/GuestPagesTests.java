package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.pvedash.proxmox.GuestType;
import dev.pvedash.proxmox.GuestState;
import dev.pvedash.inventory.GuestDetail;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.TaskView;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.Homelabs;
import dev.pvedash.support.PveDashWebMvcTest;
import dev.pvedash.support.WithViewer;
import dev.pvedash.inventory.TaskState;

/** {@code /guests} and {@code /guests/{vmid}} from the stored inventory (issue 4, point 4). */
@PveDashWebMvcTest
@WithViewer
class GuestPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FakeInventory inventory;

	@BeforeEach
	void homelab() {
		Homelabs.fill(this.inventory, Instant.now());
	}

	@Test
	void everyGuestWithPveWordsAndUnits() throws Exception {
		Document page = page(get("/guests"));
		assertThat(page.select("#guest-rows tbody tr")).hasSize(7);
		String pfsense = page.select("#guest-100").text();
		assertThat(pfsense).contains("pfsense").contains("running").contains("5 % of 2 vCPU").contains("1.0 GiB / 2.0 GiB")
			.contains("VM").contains("critical");
		assertThat(page.select("#guest-103").text()).contains("stopped").contains("8.0 GiB").contains("—");
		assertThat(page.select("#guest-9000").text()).contains("template");
		assertThat(page.select("#guest-200").text()).contains("CT");
	}

	@Test
	void filtersSearchAndSort() throws Exception {
		assertThat(ids(get("/guests").param("status", "stopped"))).containsExactly("103");
		assertThat(ids(get("/guests").param("type", "lxc"))).containsExactly("200", "201");
		assertThat(ids(get("/guests").param("tag", "critical"))).containsExactly("100");
		assertThat(ids(get("/guests").param("q", "DOCK"))).containsExactly("102");
		assertThat(ids(get("/guests").param("sort", "cpu").param("dir", "desc"))).startsWith("102", "101", "100")
			.endsWith("103", "9000"); // unknown CPU last, never ranked as zero
		assertThat(ids(get("/guests").param("sort", "nonsense"))).startsWith("100", "101");
	}

	@Test
	void htmxGetsTheRowsFragmentOnly() throws Exception {
		String html = this.mvc.perform(get("/guests").param("status", "running").header("HX-Request", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("id=\"guest-rows\"").doesNotContain("app-header");
	}

	@Test
	void namesFromPveAreEscaped() throws Exception {
		GuestView evil = new GuestView(150, GuestType.QEMU, "pve", "<img src=x onerror=alert(1)>", GuestState.STOPPED, null, 1, null, 1L,
				null, List.of("\"><svg onload=alert(1)>"), null, false, Instant.now());
		this.inventory.guests.add(new GuestDetail(evil, 1, 1, 1L, List.of(), List.of(), false, null, false, List.of(),
				"<script>alert(1)</script>", Instant.now()));
		Document list = page(get("/guests"));
		assertThat(list.select("img, svg")).filteredOn(e -> !e.hasAttr("src") || e.attr("src").equals("x")).isEmpty();
		assertThat(list.select("#guest-150").text()).contains("<img src=x onerror=alert(1)>");
		assertThat(page(get("/guests/150")).select("script:not([src])")).isEmpty();
	}

	@Test
	void detailShowsConfigUsageAndTasks() throws Exception {
		this.inventory.tasks.add(new TaskView("UPID:pve:00001234:00ABCDEF:6745A1B2:qmstart:100:root@pam:", "pve", 100,
				"qmstart", "root@pam", Instant.now().minusSeconds(60), Instant.now().minusSeconds(58), TaskState.OK, "OK"));
		Document page = page(get("/guests/100"));
		assertThat(page.select("h1").text()).isEqualTo("100 pfsense");
		assertThat(page.text()).contains("hostpci0: 0000:01:00.0").contains("yes, order 1").contains("scsi0")
			.contains("2 core(s) × 1 socket(s)").contains("qmstart").contains("root@pam");
	}

	@Test
	void unknownGuestIsA404WithAPlainMessage() throws Exception {
		String html = this.mvc.perform(get("/guests/4242")).andExpect(status().isNotFound()).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).contains("No guest with this ID is known");
		this.mvc.perform(get("/guests/abc")).andExpect(status().isBadRequest());
	}

	private List<String> ids(MockHttpServletRequestBuilder request) throws Exception {
		return page(request).select("#guest-rows tbody tr td.vmid").eachText();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

}
