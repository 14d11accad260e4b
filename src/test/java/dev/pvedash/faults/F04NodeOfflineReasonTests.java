package dev.pvedash.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.pvedash.support.RawHttp;

/**
 * F4, what the user is told: the offline node's card carries PVE's 595 reason, there is
 * no page-level error for one node down, and an action on a guest of that node is refused
 * with that reason without calling PVE.
 */
@DisplayName("F4 node offline: the 595 reason on the card, actions on its guests refused")
class F04NodeOfflineReasonTests extends FaultSuite {

	@Test
	@DisplayName("F4: the card shows the 595 reason; no page-level error banner for one node down")
	void reasonOnTheCard() {
		SIMULATOR.faults().nodeUnreachable("pve", "No route to host");
		cycle();
		Document overview = page("/");
		assertThat(overview.select(".offline").text()).contains("595").contains("No route to host");
		assertThat(overview.select(".endpoint-state .alert-error")).isEmpty();
	}

	@Test
	@DisplayName("F4: an action on a guest of the offline node is refused with the reason, nothing sent")
	void actionOnOfflineNodeRefused() {
		guestIs(103, "stopped");
		SIMULATOR.faults().nodeUnreachable("pve", "No route to host");
		cycle();
		PVE.take();
		RawHttp.Response answer = post("/guests/103/start");
		assertThat(answer.status()).isIn(409, 503);
		assertThat(Jsoup.parse(answer.body()).text()).contains("offline");
		assertThat(posts(PVE.take())).isEmpty();
	}

}
