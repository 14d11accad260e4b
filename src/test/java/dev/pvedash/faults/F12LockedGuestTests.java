package dev.pvedash.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * F12: PVE refuses an action because the guest is locked. The page shows PVE's words;
 * nothing retries it.
 * (snapshots/SnapshotActionWebTests.lockedGuestShowsTheLockAndIsRefused covers the lock
 * known from the stored state: shown in the row, refused before anything is sent.)
 */
@DisplayName("F12 guest locked by PVE")
class F12LockedGuestTests extends FaultSuite {

	@Test
	@DisplayName("F12: 'VM is locked (snapshot)' from PVE is shown as is; sent once, not retried by the app")
	void lockedByPve() {
		guestIs(103, "stopped");
		PVE.status("POST", "/nodes/pve/qemu/103/status/start", 500, "VM is locked (snapshot)");
		Document task = taskPage(post("/guests/103/start"));
		assertThat(task.text()).contains("VM is locked (snapshot)");
		assertThat(lastAction(103)[0]).isEqualTo("FAILED");
		goodCycle(); // a later cycle (and the follower's ticks meanwhile) send nothing
						// again
		assertThat(posts(PVE.take())).containsExactly("POST /nodes/pve/qemu/103/status/start");
	}

}
