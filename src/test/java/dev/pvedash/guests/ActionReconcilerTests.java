package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.pvedash.proxmox.GuestType;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.Upid;

/**
 * After a restart, running tasks are followed to their end and nothing is sent again
 * (docs/security.md, F10).
 */
@GuestActionSlice
class ActionReconcilerTests {

	@Autowired
	ActionRepository actions;

	@Autowired
	ActionFollower follower;

	@Autowired
	ProxmoxClient client;

	@Test
	@DisplayName("F10: a row with a UPID from the previous run is followed to its end, not re-sent")
	void followsTaskOfPreviousRun() {
		// the previous run claimed pfsense's start and stored PVE's UPID, then the JVM
		// died
		long id = this.actions.claim(InventoryGuests.guest(100, "qemu", "pfsense", "stopped", null), GuestAction.START,
				null, "alice", "10.0.0.5", Instant.now().minusSeconds(5));
		Upid upid = this.client.start("pve", GuestType.QEMU, 100);
		this.actions.started(id, upid.toString());
		long before = PveTasks.count(this.client, 100);

		restartedAt(Instant.now().plusSeconds(1)).reconcile();
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
			this.follower.followAll();
			return !this.actions.find(id).orElseThrow().inFlight();
		});
		ActionRecord ended = this.actions.find(id).orElseThrow();
		assertThat(ended.state()).isIn(ActionState.OK, ActionState.FAILED);
		assertThat(ended.exitStatus()).isNotBlank();
		assertThat(ended.endedAt()).isNotNull();
		assertThat(PveTasks.count(this.client, 100)).isEqualTo(before);
	}

	@Test
	@DisplayName("F10: a claim without a UPID (crash before PVE answered) is marked unknown, never re-sent")
	void claimWithoutUpidIsUnknown() {
		long id = this.actions.claim(InventoryGuests.guest(203, "qemu", "gone", "stopped", null), GuestAction.STOP,
				null, "alice", "10.0.0.5", Instant.now().minusSeconds(60));
		long before = PveTasks.count(this.client, 203);

		restartedAt(Instant.now().plusSeconds(1)).reconcile();

		ActionRecord ended = this.actions.find(id).orElseThrow();
		assertThat(ended.state()).isEqualTo(ActionState.UNKNOWN);
		assertThat(ended.exitStatus()).contains("not re-sent");
		assertThat(this.actions.inFlight(203)).isEmpty();
		assertThat(PveTasks.count(this.client, 203)).isEqualTo(before);
	}

	private ActionReconciler restartedAt(Instant startedAt) {
		return new ActionReconciler(this.actions, this.follower, Clock.fixed(startedAt, Clock.systemUTC().getZone()));
	}

}
