package dev.pvedash.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** F1: PVE's port is closed (pveproxy stopped, host down, wrong URL). */
@DisplayName("F1 PVE unreachable (connection refused)")
class F01UnreachableTests extends FaultSuite {

	@Test
	@DisplayName("F1: the banner says PVE cannot be reached and what to check; the stored guests are still listed")
	void bannerAndCachedData() {
		PVE.refuse();
		failingCycles();
		Document overview = page("/");
		assertThat(alerts(overview)).contains("Proxmox VE cannot be reached.").contains("PVEDASH_PROXMOX_URL");
		assertThat(overview.text()).doesNotContain("Exception");
		assertThat(page("/guests").select("tbody tr")).hasSize(7);
		assertThat(page("/guests/101").text()).contains("homeassistant");
		assertThat(PVE.take()).isEmpty();
	}

	@Test
	@DisplayName("F1: when PVE listens again, the next cycle clears the banner")
	void recovers() {
		PVE.refuse();
		cycle();
		PVE.listenAgain();
		cycle();
		Document overview = page("/");
		assertThat(overview.select(".endpoint-state .alert-error")).isEmpty();
		assertThat(overview.select(".as-of .badge-warn")).isEmpty();
		assertThat(PVE.take()).contains("GET /cluster/resources");
	}

}
