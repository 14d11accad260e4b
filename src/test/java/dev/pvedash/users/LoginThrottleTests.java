package dev.pvedash.users;

import dev.pvedash.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The throttle as a plain object with a hand-driven clock: no sleeping, no Spring. */
class LoginThrottleTests {

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));

	final LoginThrottle throttle = new LoginThrottle(new LoginProperties(5, Duration.ofMinutes(5), Duration.ofMinutes(5), 3),
			this.clock);

	final LoginThrottle.Key alice = new LoginThrottle.Key("alice", "10.0.0.1");

	@Test
	void fifthFailureWithinTheWindowBlocksForFiveMinutes() {
		fail(this.alice, 4);
		assertThat(this.throttle.blockedFor(this.alice)).isEmpty();
		fail(this.alice, 1);
		assertThat(this.throttle.blockedFor(this.alice)).contains(Duration.ofMinutes(5));
		this.clock.advance(Duration.ofSeconds(299));
		assertThat(this.throttle.blockedFor(this.alice)).contains(Duration.ofSeconds(1));
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.throttle.blockedFor(this.alice)).isEmpty();
	}

	@Test
	void failuresOlderThanTheWindowDoNotCount() {
		fail(this.alice, 4);
		this.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
		fail(this.alice, 1);
		assertThat(this.throttle.blockedFor(this.alice)).isEmpty();
	}

	@Test
	void aSuccessForgetsEarlierFailures() {
		fail(this.alice, 4);
		this.throttle.succeeded(this.alice);
		fail(this.alice, 1);
		assertThat(this.throttle.blockedFor(this.alice)).isEmpty();
	}

	@Test
	void blockIsPerUserAndAddressPair() {
		fail(this.alice, 5);
		assertThat(this.throttle.blockedFor(new LoginThrottle.Key("alice", "10.0.0.2"))).isEmpty();
		assertThat(this.throttle.blockedFor(new LoginThrottle.Key("bob", "10.0.0.1"))).isEmpty();
	}

	@Test
	void memoryIsBoundedByDroppingTheLeastRecentlySeenPairs() {
		for (int i = 0; i < 100; i++) {
			fail(new LoginThrottle.Key("user" + i, "10.0.0.1"), 1);
		}
		assertThat(this.throttle.trackedPairs()).isEqualTo(3);
	}

	private void fail(LoginThrottle.Key key, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(key);
		}
	}

}
