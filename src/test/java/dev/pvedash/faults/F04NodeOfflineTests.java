package dev.pvedash.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * F4: a node is down; PVE lists it offline and answers 595 "No route to host" for
 * {@code /nodes/{node}/…}. The node's card says offline with its last values; the guests
 * stay listed.
 */
@DisplayName("F4 node offline (595)")
class F04NodeOfflineTests extends FaultSuite {

	@Test
	@DisplayName("F4: the node's card says offline, its last values stay, every guest is still listed")
	void offlineNodeCard() {
		SIMULATOR.faults().nodeUnreachable("pve");
		cycle();
		Document overview = page("/");
		assertThat(overview.select(".badge-error").text()).contains("offline");
		assertThat(overview.select(".badge-ok").text()).doesNotContain("online");
		assertThat(page("/guests").select("tbody tr")).hasSize(7);
		assertThat(PVE.take()).contains("GET /cluster/resources").allMatch(r -> r.startsWith("GET "));
	}

}
