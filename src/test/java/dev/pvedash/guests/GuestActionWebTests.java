package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.pvedash.proxmox.GuestType;
import dev.pvedash.proxmox.GuestState;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.support.FakeInventory;

/**
 * Who may send what, and what is refused before PVE hears of it (docs/actions.md;
 * docs/security.md rows 13, 17, 19).
 */
@GuestActionSlice
class GuestActionWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FakeInventory inventory;

	@Autowired
	ProxmoxClient client;

	@Autowired
	ActionFollower follower;

	@BeforeEach
	void guests() {
		put(InventoryGuests.guest(100, "qemu", "pfsense", "running", "critical;network"));
		put(InventoryGuests.guest(201, "lxc", "nginx-proxy", "running", "network;web"));
		GuestView template = InventoryGuests.guest(9000, "qemu", "debian-12-template", "stopped", null);
		put(new GuestView(9000, GuestType.QEMU, "pve", template.name(), GuestState.STOPPED, null, null, null, null,
				null, template.tags(), null, true, template.asOf()));
	}

	@Test
	@DisplayName("row 19: a viewer's direct POST is refused, nothing reaches PVE")
	void viewerIsRefused() throws Exception {
		long before = PveTasks.count(this.client, 201);
		assertThat(this.mvc.post().uri("/guests/201/stop").with(csrf()).with(user("v").roles("VIEWER")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(PveTasks.count(this.client, 201)).isEqualTo(before);
	}

	@Test
	@DisplayName("row 13: no CSRF token, no action; GET on the action is not allowed")
	void csrfAndMethod() throws Exception {
		long before = PveTasks.count(this.client, 201);
		assertThat(this.mvc.post().uri("/guests/201/stop").with(user("o").roles("OPERATOR")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/guests/201/stop").with(user("o").roles("OPERATOR")))
			.hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
		assertThat(PveTasks.count(this.client, 201)).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/guests/99/start", "/guests/1000000000/start", "/guests/-101/start", "/guests/abc/start",
			"/guests/201/reset", "/guests/201/destroy", "/guests/201/START" })
	@DisplayName("row 17: vmid outside 100..999999999 or an unknown action is 400")
	void invalidInput(String path) throws Exception {
		assertThat(this.mvc.post().uri(path).with(csrf()).with(user("o").roles("OPERATOR")))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void unknownGuestIs404() throws Exception {
		assertThat(this.mvc.post().uri("/guests/4242/start").with(csrf()).with(user("o").roles("OPERATOR")))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@DisplayName("docs/actions.md, Checks: start on a running guest, anything on a template: 409 with a plain reason")
	void invalidForState() throws Exception {
		long before = PveTasks.count(this.client, 201);
		assertThat(this.mvc.post().uri("/guests/201/start").with(csrf()).with(user("o").roles("OPERATOR")))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("is not stopped, so it cannot be started");
		assertThat(this.mvc.post().uri("/guests/201/resume").with(csrf()).with(user("o").roles("OPERATOR")))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(this.mvc.post().uri("/guests/9000/start").with(csrf()).with(user("o").roles("OPERATOR")))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(PveTasks.count(this.client, 201)).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "PFSENSE", "pfsense2", "pfsens" })
	@DisplayName("router guard: a critical guest's name must be typed; otherwise 422 and nothing is sent")
	void criticalGuestNeedsItsName(String typed) throws Exception {
		long before = PveTasks.count(this.client, 100);
		for (String action : new String[] { "stop", "shutdown", "reboot", "suspend" }) {
			assertThat(this.mvc.post()
				.uri("/guests/100/{action}", action)
				.param("confirmName", typed)
				.with(csrf())
				.with(user("o").roles("OPERATOR"))).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		}
		assertThat(this.mvc.post().uri("/guests/100/stop").with(csrf()).with(user("o").roles("OPERATOR")))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(PveTasks.count(this.client, 100)).isEqualTo(before);
	}

	@Test
	@DisplayName("router guard: with the right name the action is sent; a plain form gets PRG to the task page")
	void criticalGuestWithItsName() throws Exception {
		put(InventoryGuests.guest(200, "lxc", "pihole", "running", "critical;dns"));
		long before = PveTasks.count(this.client, 200, "vzreboot");
		String location = assertThat(this.mvc.post()
			.uri("/guests/200/reboot")
			.param("confirmName", " pihole ")
			.with(csrf())
			.with(user("o").roles("OPERATOR"))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.matches("/tasks/\\d+")
			.actual();
		assertThat(PveTasks.count(this.client, 200, "vzreboot")).isEqualTo(before + 1);
		Document page = Jsoup
			.parse(assertThat(this.mvc.get().uri(location).with(user("v").roles("VIEWER"))).hasStatusOk()
				.bodyText()
				.actual());
		assertThat(page.select("header")).isNotEmpty();
		assertThat(page.select("div.task strong").text()).isEqualTo("Reboot pihole");
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
			this.follower.followAll();
			return this.mvc.get()
				.uri(location)
				.header("HX-Request", "true")
				.with(user("v").roles("VIEWER"))
				.exchange()
				.getResponse()
				.getStatus() == 286;
		});
	}

	@Test
	@DisplayName("router guard: the dialog says what may happen and asks for the name")
	void criticalConfirmation() throws Exception {
		Document page = Jsoup
			.parse(assertThat(this.mvc.get().uri("/guests/100/shutdown/confirm").with(user("o").roles("OPERATOR")))
				.hasStatusOk()
				.bodyText()
				.actual());
		assertThat(page.select("form#confirm-100-shutdown input[name=confirmName]")).hasSize(1);
		assertThat(page.select("form#confirm-100-shutdown input[name=_csrf]")).hasSize(1);
		assertThat(page.text()).contains("may carry the network between this browser and PVE Dash")
			.contains("physical console");
		assertThat(page.select("button").text()).contains("Shut down pfsense");
	}

	@Test
	void stopConfirmationExplainsTheConsequenceAsHtmxFragment() throws Exception {
		String html = assertThat(this.mvc.get()
			.uri("/guests/201/stop/confirm")
			.header("HX-Request", "true")
			.with(user("o").roles("OPERATOR"))).hasStatusOk().bodyText().actual();
		Document fragment = Jsoup.parse(html);
		assertThat(fragment.select("header")).isEmpty();
		assertThat(fragment.text()).contains("Stop cuts power to nginx-proxy (201), like pulling the plug")
			.contains("Prefer Shut down");
		assertThat(fragment.select("input[name=confirmName]")).isEmpty();
		assertThat(fragment.select("form").attr("hx-post")).isEqualTo("/guests/201/stop");
	}

	private void put(GuestView guest) {
		InventoryGuests.put(this.inventory, guest);
	}

}
