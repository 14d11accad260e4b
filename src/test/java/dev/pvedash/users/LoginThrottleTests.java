package dev.pvedash.users;

import dev.pvedash.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

/**
 * The throttle as a plain object with a hand-driven clock: no sleeping, no Spring
 * (docs/sign-in.md).
 */
class LoginThrottleTests {

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));

	final LoginThrottle throttle = new LoginThrottle(LoginProperties.defaults(), this.clock);

	final LoginThrottle.Key alice = LoginThrottle.Key.of("alice", "10.0.0.1");

	@Test
	void fifthFailureWithinTheWindowBlocksForFiveMinutes() {
		fail(this.alice, 4);
		assertThat(this.throttle.check(this.alice)).isEmpty();
		fail(this.alice, 1);
		assertThat(wait(this.alice)).isEqualTo(Duration.ofMinutes(5));
		this.clock.advance(Duration.ofSeconds(299));
		assertThat(wait(this.alice)).isEqualTo(Duration.ofSeconds(1));
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.throttle.check(this.alice)).isEmpty();
	}

	@Test
	void failuresOlderThanTheWindowDoNotCount() {
		fail(this.alice, 4);
		this.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
		fail(this.alice, 1);
		assertThat(this.throttle.check(this.alice)).isEmpty();
	}

	@Test
	void aSuccessForgetsEarlierFailures() {
		fail(this.alice, 4);
		this.throttle.succeeded(this.alice);
		fail(this.alice, 1);
		assertThat(this.throttle.check(this.alice)).isEmpty();
	}

	@Test
	void blockIsPerUserAndAddressPair() {
		fail(this.alice, 5);
		assertThat(this.throttle.check(LoginThrottle.Key.of("alice", "10.0.0.2"))).isEmpty();
		assertThat(this.throttle.check(LoginThrottle.Key.of("bob", "10.0.0.1"))).isEmpty();
		assertThat(this.throttle.check(LoginThrottle.Key.of(" Alice", "10.0.0.1"))).isPresent();
	}

	@Test
	void twentyFailuresAcrossUsernamesBlockTheAddressOnlyAndTheBlockEndsByItself() {
		for (int i = 0; i < 20; i++) {
			fail(LoginThrottle.Key.of("user" + i, "10.0.0.9"), 1);
		}
		LoginThrottle.Key owner = LoginThrottle.Key.of("owner", "10.0.0.9");
		assertThat(this.throttle.check(owner)).hasValueSatisfying(refusal -> {
			assertThat(refusal.scope()).isEqualTo(LoginThrottle.Scope.ADDRESS);
			assertThat(refusal.retryAfter()).isEqualTo(Duration.ofMinutes(5));
		});
		assertThat(this.throttle.check(LoginThrottle.Key.of("owner", "10.0.0.10"))).isEmpty();
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.throttle.check(owner)).isEmpty();
		// and the counters are forgotten, not just expired in place
		assertThat(this.throttle.trackedPairs()).isZero();
	}

	@Test
	void aBusyUsernameSlowsAddressesThatFailedOnItButNeverTheOwnersCleanAddress() {
		for (int i = 0; i < 10; i++) {
			fail(LoginThrottle.Key.of("admin", "192.0.2." + i), 1);
		}
		LoginThrottle.Key attacker = LoginThrottle.Key.of("admin", "192.0.2.3");
		assertThat(this.throttle.check(attacker)).hasValueSatisfying(refusal -> {
			assertThat(refusal.scope()).isEqualTo(LoginThrottle.Scope.USERNAME);
			assertThat(refusal.retryAfter()).isEqualTo(Duration.ofSeconds(2));
		});
		assertThat(this.throttle.check(LoginThrottle.Key.of("admin", "198.51.100.1"))).isEmpty();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.throttle.check(attacker)).isEmpty();
	}

	@Test
	void ipv6ClientsCountByTheirSlash64() {
		for (int i = 1; i <= 20; i++) {
			fail(LoginThrottle.Key.of("user" + i, "2001:db8:1:2::" + Integer.toHexString(i)), 1);
		}
		assertThat(this.throttle.check(LoginThrottle.Key.of("owner", "2001:db8:1:2::ffff"))).isPresent();
		assertThat(this.throttle.check(LoginThrottle.Key.of("owner", "2001:db8:1:3::1"))).isEmpty();
	}

	@Test
	void keysAreFixedSizeDigestsNeverTheTypedName() {
		fail(LoginThrottle.Key.of("n".repeat(10_000), "10.0.0.1"), 1);
		assertThat(this.throttle.storedKeys()).isNotEmpty()
			.allSatisfy(key -> assertThat(key).doesNotContain("nnnn").hasSizeLessThan(100));
	}

	@Test
	void memoryIsBoundedInBytes() {
		LoginProperties small = new LoginProperties(5, Duration.ofMinutes(5), Duration.ofMinutes(5), 20,
				Duration.ofMinutes(5), 10, Duration.ofSeconds(2), 64, DataSize.ofKilobytes(16));
		LoginThrottle bounded = new LoginThrottle(small, this.clock);
		for (int i = 0; i < 1000; i++) {
			bounded.failed(LoginThrottle.Key.of("user" + i, "10.1." + (i / 250) + "." + (i % 250)));
		}
		// three counters per failure (pair, address, username) would be 3000 without the
		// bound
		assertThat(bounded.trackedPairs()).isLessThan(16 * 1024 / 256);
	}

	private Duration wait(LoginThrottle.Key key) {
		return this.throttle.check(key).orElseThrow().retryAfter();
	}

	private void fail(LoginThrottle.Key key, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(key);
		}
	}

}
