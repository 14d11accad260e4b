package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.pvedash.inventory.GuestDetail;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.PveDashWebMvcTest;
import dev.pvedash.support.WithViewer;

/** docs/polling.md, "Per-path back-off": a config PVE refused reads "not available" with PVE's words, not "not read yet". */
@PveDashWebMvcTest(GuestController.class)
@Import({ GuestPagesSlice.class, FakeInventory.class })
@WithViewer
class GuestConfigAvailabilityTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FakeInventory inventory;

	@Test
	void aRefusedConfigIsNotAvailableWithPveWords() {
		this.inventory.readAt(Instant.now());
		this.inventory.guests.add(new GuestDetail(InventoryGuests.guest(310, "qemu", "legacy-vm", "running", null), null,
				null, null, List.of(), List.of(), false, null, false, List.of(), null, null,
				"501 Method 'GET /nodes/pve/qemu/310/config' not implemented"));
		try {
			Document page = Jsoup.parse(assertThat(this.mvc.get().uri("/guests/310")).hasStatusOk().bodyText().actual());
			assertThat(page.select(".config-unavailable").text()).startsWith("Not available")
				.contains("501 Method 'GET /nodes/pve/qemu/310/config' not implemented");
			assertThat(page.text()).doesNotContain("not read yet");
		}
		finally {
			this.inventory.guests.removeIf(d -> d.guest().vmid() == 310);
		}
	}

}
