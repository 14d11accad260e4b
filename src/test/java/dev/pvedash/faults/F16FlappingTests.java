package dev.pvedash.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * F16: PVE flaps (answers, fails, answers…). One failed cycle shows a grace
 * ("retrying…"), not the red banner, so the page does not flicker; each failed cycle
 * costs at most the request and its two retries.
 */
@DisplayName("F16 flapping upstream: grace before the red banner")
class F16FlappingTests extends FaultSuite {

	@Test
	@DisplayName("F16: OK, fail, OK, fail: after each single failure 'retrying…', never the red banner")
	void noFlicker() {
		page("/"); // someone looks: active interval
		for (int i = 0; i < 2; i++) {
			CLOCK.advance(Duration.ofSeconds(10));
			cycle();
			PVE.take();
			PVE.refuse();
			CLOCK.advance(Duration.ofSeconds(10));
			cycle();
			Document overview = page("/");
			assertThat(overview.select(".endpoint-state .alert-error")).as("flap %d", i).isEmpty();
			assertThat(overview.select(".endpoint-state").text()).as("flap %d", i).containsIgnoringCase("retrying");
			PVE.listenAgain();
		}
	}

}
