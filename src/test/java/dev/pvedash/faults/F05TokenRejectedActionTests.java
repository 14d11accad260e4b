package dev.pvedash.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.pvedash.support.RawHttp;

/**
 * F5, actions: with the token known to be rejected, no action is attempted; buttons say
 * why.
 */
@DisplayName("F5 token rejected: actions refused without calling PVE")
class F05TokenRejectedActionTests extends FaultSuite {

	@Test
	@DisplayName("F5: buttons disabled with the reason; a direct POST is 503 and PVE receives no POST")
	void noActionAttempted() {
		guestIs(103, "stopped");
		SIMULATOR.faults().revokeToken();
		cycle();
		Document guest = page("/guests/103");
		assertThat(guest.select("#guest-actions form button:not([disabled])")).isEmpty();
		assertThat(guest.select("#guest-actions").text()).contains("token");
		PVE.take();
		RawHttp.Response answer = post("/guests/103/start");
		assertThat(answer.status()).isEqualTo(503);
		assertThat(answer.body()).contains("token");
		assertThat(posts(PVE.take())).isEmpty();
	}

}
