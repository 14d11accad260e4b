package dev.pvedash.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.pvedash.support.RawHttp;

/**
 * F1, actions: while PVE is known to be unreachable, action buttons are disabled with the
 * reason and a direct POST is refused (503) without any attempt to call PVE. The proxy
 * listens again before the POST, so a request sent anyway would be recorded: the refusal
 * must come from what the app knows.
 */
@DisplayName("F1 PVE unreachable: actions refused without calling PVE")
class F01UnreachableActionTests extends FaultSuite {

	@Test
	@DisplayName("F1: the Start button is disabled with the reason, and nothing enabled would send it")
	void buttonDisabledWithReason() {
		guestIs(103, "stopped");
		PVE.refuse();
		cycle();
		Document guest = page("/guests/103");
		assertThat(guest.select("#guest-actions button[disabled], #guest-actions [aria-disabled=true]")).isNotEmpty();
		assertThat(guest.select("#guest-actions form button:not([disabled])")).isEmpty();
		assertThat(guest.select("#guest-actions").text()).containsIgnoringCase("reach");
	}

	@Test
	@DisplayName("F1: a direct POST answers 503 with the reason and sends nothing to PVE")
	void postRefusedWithoutCallingPve() {
		guestIs(103, "stopped");
		PVE.refuse();
		cycle();
		PVE.listenAgain(); // anything the app still sends would be recorded now
		RawHttp.Response answer = post("/guests/103/start");
		assertThat(answer.status()).isEqualTo(503);
		assertThat(answer.body()).containsIgnoringCase("reach");
		assertThat(posts(PVE.take())).isEmpty();
	}

}
