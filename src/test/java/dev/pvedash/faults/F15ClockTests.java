package dev.pvedash.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.pvedash.inventory.Polling;
import dev.pvedash.support.RawHttp;

/**
 * F15: time, driven by the injected clock. A three-hour virtual soak keeps polling (the
 * "stops after about two hours" class of bug) at a constant request cost; a jump
 * backwards does not leave the page stale for ever; the absolute session lifetime is
 * measured on the same clock.
 */
@DisplayName("F15 clock jump and long soak")
class F15ClockTests extends FaultSuite {

	@Test
	@DisplayName("F15: three virtual hours at the poller's own pace: every cycle stores, the cost stays constant")
	void threeHourSoak() {
		Duration soaked = Duration.ZERO;
		int cycles = 0;
		while (soaked.compareTo(Duration.ofHours(3)) < 0) {
			Duration next = Polling.nextIn(this.context);
			CLOCK.advance(next);
			soaked = soaked.plus(next);
			PVE.take();
			cycle();
			cycles++;
		}
		List<String> last = PVE.take();
		assertThat(cycles).isGreaterThanOrEqualTo(150);
		assertThat(last).contains("GET /cluster/resources").hasSizeLessThanOrEqualTo(4);
		Document overview = page("/");
		assertThat(overview.select(".as-of time").attr("datetime")).isEqualTo(CLOCK.instant().toString());
		assertThat(alerts(overview)).isEmpty();
	}

	@Test
	@DisplayName("F15: the clock jumps back an hour: the next cycle's data is shown fresh, not stale")
	void clockJumpsBack() {
		CLOCK.advance(Duration.ofHours(-1));
		cycle();
		Document overview = page("/");
		assertThat(overview.select(".as-of time").attr("datetime")).isEqualTo(CLOCK.instant().toString());
		assertThat(overview.select(".as-of .badge-warn")).isEmpty();
		CLOCK.advance(Duration.ofHours(1));
	}

	@Test
	@DisplayName("F15: twelve hours later on the clock, an active session must sign in again (absolute lifetime)")
	void absoluteLifetime() throws IOException {
		assertThat(get("/").status()).isEqualTo(200);
		CLOCK.advance(Duration.ofHours(12).plusMinutes(1));
		RawHttp.Response after = get("/");
		assertThat(after.status()).isEqualTo(302);
		assertThat(after.header("Location")).contains("/login");
	}

}
