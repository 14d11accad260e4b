package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.pvedash.proxmox.HeldActions;
import dev.pvedash.simulator.PveSimulator;
import dev.pvedash.support.FakeInventory;

/**
 * The PVE call of an action runs in the background: the POST answers while PVE hangs, and
 * the task says what is certain, "not sent" or "outcome unknown" (docs/actions.md;
 * docs/security.md F1, F2, F3, F11).
 */
@GuestActionSlice
class ActionInBackgroundTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FakeInventory inventory;

	@Autowired
	HeldActions held;

	@Autowired
	PveSimulator simulator;

	@Autowired
	ActionRepository actions;

	@Autowired
	ActionFollower follower;

	@AfterEach
	void release() {
		this.held.release();
		this.simulator.faults().reset();
	}

	@Test
	@DisplayName("F2: PVE hangs on the action; the POST answers with the task while the call still waits")
	void postAnswersWhilePveHangs() throws Exception {
		// stored as stopped; the simulator's 101 runs, so PVE starts a task that fails: a
		// UPID either way. Its own
		// name keeps its audit rows apart from those other classes of this shared context
		// look for
		InventoryGuests.put(this.inventory, InventoryGuests.guest(101, "qemu", "held-homeassistant", "stopped", null));
		this.held.hold();
		long started = System.nanoTime();
		MvcTestResult answer = click(101, "start");
		System.out.printf("POST answered while PVE held the call, after %d ms%n",
				(System.nanoTime() - started) / 1_000_000);
		// the call reached the hold and is still blocked there: the answer came first
		assertThat(this.held.awaitHeldCall(10)).isTrue();
		ActionRecord claimed = this.actions.inFlight(101).orElseThrow();
		assertThat(claimed.state()).isEqualTo(ActionState.CLAIMED);
		assertThat(claimed.upid()).isNull();
		Document fragment = Jsoup.parse(answer.getResponse().getContentAsString());
		assertThat(answer).hasStatusOk();
		assertThat(fragment.select("div.task").attr("id")).isEqualTo("task-" + claimed.id());
		assertThat(fragment.select("div.task").attr("hx-get")).isEqualTo("/tasks/" + claimed.id());
		assertThat(fragment.select("div.task .badge").text()).isEqualTo("sending");

		this.held.release();
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.actions.find(claimed.id()).orElseThrow().upid() != null);
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
			this.follower.followAll();
			return !this.actions.find(claimed.id()).orElseThrow().inFlight();
		});
		assertThat(this.actions.find(claimed.id()).orElseThrow().state()).isIn(ActionState.OK, ActionState.FAILED);
	}

	@Test
	@DisplayName("F1: connection refused is 'not sent': nothing changed on PVE, said so, not 'outcome unknown'")
	void refusedConnectionIsNotSent() throws Exception {
		InventoryGuests.put(this.inventory, InventoryGuests.guest(207, "qemu", "refused-vm", "stopped", null));
		this.simulator.faults().refuseConnections();
		long id = taskId(click(207, "start"));
		ActionRecord ended = ended(id);
		assertThat(ended.state()).isEqualTo(ActionState.NOT_SENT);
		assertThat(ended.upid()).isNull();
		Document task = task(id);
		assertThat(task.select(".badge").text()).isEqualTo("not sent");
		assertThat(task.text()).contains("Connection refused").contains("nothing was changed on Proxmox VE");
	}

	@Test
	@DisplayName("F3: the connection drops after the request went out: 'outcome unknown', never re-sent")
	void droppedConnectionIsUnknown() throws Exception {
		InventoryGuests.put(this.inventory, InventoryGuests.guest(208, "qemu", "dropped-vm", "stopped", null));
		this.simulator.faults().dropConnections(true);
		long id = taskId(click(208, "start"));
		ActionRecord ended = ended(id);
		assertThat(ended.state()).isEqualTo(ActionState.UNKNOWN);
		assertThat(task(id).select(".badge").text()).isEqualTo("outcome unknown");
		assertThat(task(id).text()).contains("may have reached Proxmox VE");
	}

	private MvcTestResult click(int vmid, String action) {
		return ActionClicks.click(this.mvc, vmid, action);
	}

	private static long taskId(MvcTestResult answer) {
		return ActionClicks.actionId(answer);
	}

	private ActionRecord ended(long id) {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> !this.actions.find(id).orElseThrow().inFlight());
		return this.actions.find(id).orElseThrow();
	}

	private Document task(long id) throws Exception {
		return Jsoup.parse(this.mvc.get()
			.uri("/tasks/{id}", id)
			.header("HX-Request", "true")
			.with(user("v").roles("VIEWER"))
			.exchange()
			.getResponse()
			.getContentAsString());
	}

}
