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
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.pvedash.support.FakeInventory;

/**
 * The task fragment follows PVE's task to its end (docs/proxmox-notes.md, Tasks and
 * Errors; docs/security.md F11, #25).
 */
@GuestActionSlice
class TaskProgressTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FakeInventory inventory;

	@Autowired
	ActionFollower follower;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("Errors: start on a guest that is in fact running fails inside the task; the fragment shows PVE's words")
	void failedTaskShowsExitStatusAndStopsPolling() throws Exception {
		// the stored state is stale: PVE's homeassistant is running
		InventoryGuests.put(this.inventory, InventoryGuests.guest(101, "qemu", "homeassistant", "stopped", null));
		MvcTestResult started = ActionClicks.click(this.mvc, 101, "start");
		Document fragment = Jsoup.parse(started.getResponse().getContentAsString());
		String id = fragment.select("div.task").attr("id").substring("task-".length());
		assertThat(fragment.select("div.task").attr("hx-get")).isEqualTo("/tasks/" + id);
		assertThat(fragment.select("div.task").attr("hx-trigger")).isEqualTo("load delay:1s");

		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
			this.follower.followAll();
			return ActionClicks.poll(this.mvc, id).getResponse().getStatus() == 286;
		});
		Document ended = Jsoup.parse(ActionClicks.poll(this.mvc, id).getResponse().getContentAsString());
		assertThat(ended.select(".exit-status").text()).isEqualTo("VM 101 already running");
		assertThat(ended.select(".badge").text()).isEqualTo("failed");
		assertThat(ended.select("div.task").hasAttr("hx-get")).isFalse();
		assertThat(this.inventory.refreshed).contains(101);

		String detail = this.jdbc
			.sql("select detail from audit_entry where kind = 'GUEST_START' and outcome = 'FAILED'"
					+ " and target = '101 homeassistant on pve'")
			.query(String.class)
			.single();
		assertThat(detail).contains("UPID UPID:pve:")
			.contains(":qmstart:101:")
			.contains("exit status VM 101 already running")
			.contains(" s");
		String requested = this.jdbc
			.sql("select actor || ' ' || client_address || ' ' || outcome from audit_entry"
					+ " where kind = 'GUEST_START' and target = '101 homeassistant on pve' order by id")
			.query(String.class)
			.list()
			.get(0);
		assertThat(requested).isEqualTo("alice 127.0.0.1 REQUESTED");
	}

	@Test
	void fullPageOfATaskAndUnknownTasks() throws Exception {
		assertThat(this.mvc.get().uri("/tasks/999999").with(user("v").roles("VIEWER"))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/tasks/abc").with(user("v").roles("VIEWER"))).hasStatus(HttpStatus.BAD_REQUEST);
	}

}
