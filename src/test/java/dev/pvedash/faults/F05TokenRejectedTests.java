package dev.pvedash.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.pvedash.inventory.Polling;

/** F5: the API token is revoked or its secret is wrong; PVE answers 401 to everything. */
@DisplayName("F5 token rejected (401)")
class F05TokenRejectedTests extends FaultSuite {

	@Test
	@DisplayName("F5: the banner names the token and what to do; the node is not shown offline; the data stays")
	void bannerNamesTheToken() {
		SIMULATOR.faults().revokeToken();
		cycle();
		Document overview = page("/");
		assertThat(alerts(overview)).contains("Proxmox VE refused the API token (401).")
			.contains("PVEDASH_PROXMOX_TOKEN_SECRET");
		assertThat(overview.select(".badge-error").text()).doesNotContain("offline");
		assertThat(overview.select(".badge-ok").text()).contains("online");
		assertThat(page("/guests").select("tbody tr")).hasSize(7);
		// a 401 is final: the cycle stops at its first request instead of retrying or
		// reading on
		assertThat(PVE.take()).containsExactly("GET /cluster/resources");
	}

	@Test
	@DisplayName("F5: polling backs off to one try a minute while the token stays rejected, one request a try")
	void backsOffToAMinute() {
		page("/"); // someone looks: the active interval would be 10 s
		SIMULATOR.faults().revokeToken();
		for (int i = 0; i < 3; i++) {
			CLOCK.advance(Polling.nextIn(this.context));
			cycle();
		}
		assertThat(Polling.nextIn(this.context)).isEqualTo(Duration.ofSeconds(60));
		assertThat(PVE.take()).containsExactly("GET /cluster/resources", "GET /cluster/resources",
				"GET /cluster/resources");
	}

}
