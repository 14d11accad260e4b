package dev.pvedash.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * F1, staleness: with someone looking (active interval 10 s), the page says "stale"
 * within about two active intervals of the last good read, whatever the back-off after
 * failures, and no later than 25 s.
 */
@DisplayName("F1 PVE unreachable: stale within 25 s of the last good read")
class F01StaleOnTimeTests extends FaultSuite {

	@Test
	@DisplayName("F1: failed cycles at +10 s and +20 s; at +25 s the page says stale")
	void staleWithinTwentyFiveSeconds() {
		page("/"); // someone looks: the poller goes active
		goodCycle();
		PVE.refuse();
		for (int i = 0; i < 2; i++) {
			CLOCK.advance(Duration.ofSeconds(10));
			cycle();
		}
		CLOCK.advance(Duration.ofSeconds(5));
		Document overview = page("/");
		assertThat(overview.select(".as-of").text()).contains("stale");
	}

}
