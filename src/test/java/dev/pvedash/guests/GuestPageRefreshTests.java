package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import dev.pvedash.support.FakeInventory;

/**
 * After a task ends, the guest page re-reads its state, buttons and recent tasks without
 * a reload (docs/actions.md, "The guest page").
 */
@GuestActionSlice
class GuestPageRefreshTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FakeInventory inventory;

	@Autowired
	ActionFollower follower;

	@Test
	@DisplayName("the live refresh brings the buttons along (out of band); viewers get none")
	void liveRefreshCarriesTheButtons() throws Exception {
		InventoryGuests.put(this.inventory, InventoryGuests.guest(209, "qemu", "refresh-vm", "stopped", null));
		Document page = Jsoup.parse(page(209, "OPERATOR", false).getContentAsString());
		assertThat(page.select("#guest-live").attr("hx-select-oob")).isEqualTo("#guest-buttons");
		assertThat(page.select("#guest-actions #guest-buttons form[action='/guests/209/start']")).hasSize(1);

		Document live = Jsoup.parse(page(209, "OPERATOR", true).getContentAsString());
		assertThat(live.select("header")).isEmpty();
		assertThat(live.select("#guest-live")).hasSize(1);
		assertThat(live.select("#guest-buttons form[action='/guests/209/start'] button#action-start")).hasSize(1);
		assertThat(Jsoup.parse(page(209, "VIEWER", true).getContentAsString()).select("#guest-buttons")).isEmpty();
	}

	@Test
	@DisplayName("the task's last answer triggers guest-changed, and the ended task is listed before the poller reads it")
	void endedTaskTriggersRefreshAndIsListed() throws Exception {
		InventoryGuests.put(this.inventory, InventoryGuests.guest(201, "lxc", "nginx-proxy", "running", null));
		MockHttpServletResponse started = this.mvc
			.perform(post("/guests/201/shutdown").header("HX-Request", "true")
				.with(csrf())
				.with(user("alice").roles("OPERATOR")))
			.andReturn()
			.getResponse();
		String id = Jsoup.parse(started.getContentAsString()).select("div.task").attr("id").substring(5);
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
			this.follower.followAll();
			return poll(id).getStatus() == 286;
		});
		assertThat(poll(id).getHeader("HX-Trigger")).contains("guest-changed");
		assertThat(this.inventory.refreshed).contains(201);

		Document live = Jsoup.parse(page(201, "VIEWER", true).getContentAsString());
		assertThat(live.select("#guest-live tbody tr").first().text()).contains("vzshutdown").contains("ok");
	}

	private MockHttpServletResponse page(int vmid, String role, boolean htmx) throws Exception {
		var request = get("/guests/" + vmid).with(user("u").roles(role));
		return this.mvc.perform(htmx ? request.header("HX-Request", "true") : request).andReturn().getResponse();
	}

	private MockHttpServletResponse poll(String id) throws Exception {
		return this.mvc.perform(get("/tasks/" + id).header("HX-Request", "true").with(user("v").roles("VIEWER")))
			.andReturn()
			.getResponse();
	}

}
