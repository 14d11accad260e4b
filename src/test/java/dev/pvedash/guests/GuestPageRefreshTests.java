package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.pvedash.support.FakeInventory;

/**
 * After a task ends, the guest page re-reads its state, buttons and recent tasks without
 * a reload (docs/actions.md, "The guest page").
 */
@GuestActionSlice
class GuestPageRefreshTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FakeInventory inventory;

	@Autowired
	ActionFollower follower;

	@Test
	@DisplayName("the live refresh brings the buttons along (out of band); viewers get none")
	void liveRefreshCarriesTheButtons() throws Exception {
		InventoryGuests.put(this.inventory, InventoryGuests.guest(209, "qemu", "refresh-vm", "stopped", null));
		Document page = page(209, "OPERATOR", false);
		assertThat(page.select("#guest-live").attr("hx-select-oob")).isEqualTo("#guest-buttons");
		assertThat(page.select("#guest-actions #guest-buttons form[action='/guests/209/start']")).hasSize(1);

		Document live = page(209, "OPERATOR", true);
		assertThat(live.select("header")).isEmpty();
		assertThat(live.select("#guest-live")).hasSize(1);
		assertThat(live.select("#guest-buttons form[action='/guests/209/start'] button#action-start")).hasSize(1);
		assertThat(page(209, "VIEWER", true).select("#guest-buttons")).isEmpty();
	}

	@Test
	@DisplayName("the task's last answer triggers guest-changed, and the ended task is listed before the poller reads it")
	void endedTaskTriggersRefreshAndIsListed() throws Exception {
		InventoryGuests.put(this.inventory, InventoryGuests.guest(201, "lxc", "nginx-proxy", "running", null));
		MvcTestResult started = ActionClicks.click(this.mvc, 201, "shutdown");
		String id = Jsoup.parse(started.getResponse().getContentAsString()).select("div.task").attr("id").substring(5);
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
			this.follower.followAll();
			return ActionClicks.poll(this.mvc, id).getResponse().getStatus() == 286;
		});
		assertThat(ActionClicks.poll(this.mvc, id)).headers()
			.hasHeaderSatisfying("HX-Trigger", values -> assertThat(values.get(0)).contains("guest-changed"));
		assertThat(this.inventory.refreshed).contains(201);

		Document live = page(201, "VIEWER", true);
		assertThat(live.select("#guest-live tbody tr").first().text()).contains("vzshutdown").contains("ok");
	}

	private Document page(int vmid, String role, boolean htmx) throws Exception {
		var request = this.mvc.get().uri("/guests/{vmid}", vmid).with(user("u").roles(role));
		return Jsoup.parse(
				(htmx ? request.header("HX-Request", "true") : request).exchange().getResponse().getContentAsString());
	}

}
