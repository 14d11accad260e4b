package dev.pvedash.faults;

import static org.assertj.core.api.Assertions.assertThat;

import mockwebserver3.MockResponse;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * F6: the token lacks a privilege. An action gets PVE's 403 "Permission check failed
 * (path, privilege)", which the task page shows; a privilege-separated token without
 * VM.Audit sees 200 with an empty list, which must not pass for "no guests".
 */
@DisplayName("F6 privilege missing (403, 200-empty)")
class F06PrivilegeMissingTests extends FaultSuite {

	@Test
	@DisplayName("F6: a 403 on an action names the ACL path and privilege; sent once")
	void actionForbidden() {
		guestIs(103, "stopped");
		SIMULATOR.faults().readOnlyToken(true);
		Document task = taskPage(post("/guests/103/start"));
		assertThat(task.text()).contains("Permission check failed").contains("/vms/103").contains("VM.PowerMgmt");
		assertThat(lastAction(103)[0]).isEqualTo("FAILED");
		assertThat(posts(PVE.take())).containsExactly("POST /nodes/pve/qemu/103/status/start");
	}

	@Test
	@DisplayName("F6: 200 with an empty list while PVE answers: a warning that the token may lack a privilege")
	void emptyListIsFlagged() {
		PVE.answer("GET", "/cluster/resources",
				request -> new MockResponse.Builder().setHeader("Content-Type", "application/json;charset=UTF-8")
					.body("{\"data\":[]}")
					.build());
		cycle();
		Document overview = page("/");
		assertThat(overview.select(".alert-warn, .alert-error").text()).containsAnyOf("VM.Audit", "Sys.Audit");
	}

}
