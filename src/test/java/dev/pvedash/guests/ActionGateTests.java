package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.pvedash.proxmox.GuestType;
import dev.pvedash.proxmox.GuestState;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.HostView;
import dev.pvedash.proxmox.HeldActions;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.system.UserFacingException;

/**
 * While PVE is known unreachable, the token refused or the certificate untrusted, and for
 * guests of an offline node, actions are closed: buttons disabled with the reason, a POST
 * refused with 503 and nothing sent (docs/actions.md; docs/security.md F1, F4, F5, F7).
 */
@GuestActionSlice
class ActionGateTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FakeInventory inventory;

	@Autowired
	ProxmoxClient client;

	@Autowired
	HeldActions held;

	@Autowired
	GuestTasks tasks;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void guest() {
		InventoryGuests.put(this.inventory, InventoryGuests.guest(204, "lxc", "gate-test", "running", null));
	}

	@AfterEach
	void healthy() {
		this.inventory.readAt(Instant.now());
		this.inventory.hosts.clear();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "CONNECTION|cannot be reached", "TIMEOUT|did not answer", "AUTHENTICATION|refused the API token",
					"TLS|certificate is not trusted" })
	@DisplayName("F1, F5, F7: a POST while the endpoint fails is refused with 503 and the reason; PVE hears nothing")
	void postRefusedWithoutCallingPve(String kind, String reason) throws Exception {
		this.inventory.failing(kind, "the last read failed");
		long before = PveTasks.count(this.client, 204);
		int sent = this.held.sent();
		assertThat(this.mvc.post()
			.uri("/guests/204/stop")
			.header("HX-Request", "true")
			.with(csrf())
			.with(user("alice").roles("OPERATOR"))).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.bodyText()
			.contains(reason)
			.contains("Nothing is sent to Proxmox VE");
		assertThat(this.held.sent()).isEqualTo(sent);
		assertThat(PveTasks.count(this.client, 204)).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from guest_action where vmid = 204").query(Long.class).single())
			.isZero();
	}

	@Test
	@DisplayName("F1: the guest page disables every action button and says why and what to do")
	void buttonsDisabledWithTheReason() throws Exception {
		this.inventory.failing("CONNECTION", "could not connect to Proxmox at https://pve:8006: Connection refused");
		Document page = page(204);
		assertThat(page.select("#actions-closed").text()).contains("cannot be reached").contains("PVEDASH_PROXMOX_URL");
		assertThat(page.select("#guest-buttons button")).isNotEmpty().allMatch(b -> b.hasAttr("disabled"));
		assertThat(page.select("#guest-buttons a[role=button]")).isEmpty();

		this.inventory.readAt(Instant.now());
		Document open = page(204);
		assertThat(open.select("#actions-closed")).isEmpty();
		assertThat(open.select("#guest-buttons a[role=button], #guest-buttons button")).isNotEmpty()
			.noneMatch(b -> b.hasAttr("disabled"));
	}

	@Test
	@DisplayName("F4: a guest of an offline node (595): actions refused with that reason, others still go")
	void offlineNodeRefusesItsGuests() throws Exception {
		this.inventory.hosts.add(new HostView("pve2", false, null, null, null, null, null, null, null, null, null, null,
				null, List.of(), null, null, null, Instant.now()));
		GuestView onPve2 = InventoryGuests.guest(205, "qemu", "on-pve2", "running", null);
		InventoryGuests.put(this.inventory, new GuestView(205, GuestType.QEMU, "pve2", onPve2.name(),
				GuestState.RUNNING, null, 2, null, null, null, List.of(), null, false, onPve2.asOf()));
		int sent = this.held.sent();
		assertThat(this.mvc.post()
			.uri("/guests/205/stop")
			.header("HX-Request", "true")
			.with(csrf())
			.with(user("alice").roles("OPERATOR"))).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.bodyText()
			.contains("pve2")
			.contains("offline");
		assertThat(this.held.sent()).isEqualTo(sent);
		assertThat(page(205).select("#actions-closed").text()).contains("pve2");
		assertThat(page(204).select("#actions-closed")).isEmpty();
	}

	@Test
	@DisplayName("snapshot and backup tasks through GuestTasks pass the same gate")
	void guestTasksAreGated() {
		this.inventory.failing("AUTHENTICATION", "Proxmox refused the credentials (HTTP 401)");
		int sent = this.held.sent();
		UserFacingException refused = catchThrowableOfType(UserFacingException.class,
				() -> this.tasks.snapshot(204, "before-upgrade", null, false, "alice", "127.0.0.1"));
		assertThat(refused.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(this.held.sent()).isEqualTo(sent);
	}

	private Document page(int vmid) throws Exception {
		return Jsoup.parse(this.mvc.get()
			.uri("/guests/{vmid}", vmid)
			.with(user("o").roles("OPERATOR"))
			.exchange()
			.getResponse()
			.getContentAsString());
	}

}
