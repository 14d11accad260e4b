package dev.pvedash.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.pvedash.users.CodeThrottle.State;

/**
 * When a second-step code may be checked: 5 wrong within 5 minutes wait, 8 in a row lock.
 */
class CodeThrottleTests {

	static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

	static final TwoFactorProperties LIMITS = new TwoFactorProperties(false, 5, Duration.ofMinutes(5), 8,
			Duration.ofMinutes(5), Duration.ofMinutes(5));

	static Stream<Arguments> cases() {
		return Stream.of(Arguments.of("no failures", ago(), false, State.OPEN, 0),
				Arguments.of("four in the window", ago(10, 20, 30, 40), false, State.OPEN, 0),
				Arguments.of("five in the window", ago(10, 20, 30, 40, 50), false, State.WAIT, 250),
				Arguments.of("five, the oldest just left", ago(10, 20, 30, 40, 300), false, State.OPEN, 0),
				Arguments.of("seven, five recent", ago(10, 20, 30, 40, 50, 900, 1000), false, State.WAIT, 250),
				Arguments.of("locked", ago(), true, State.LOCKED, 0));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void verdict(String name, List<Instant> failures, boolean locked, State state, long waitSeconds) {
		CodeThrottle.Verdict verdict = CodeThrottle.judge(failures, locked, NOW, LIMITS);
		assertThat(verdict.state()).isEqualTo(state);
		assertThat(verdict.waitFor()).isEqualTo(Duration.ofSeconds(waitSeconds));
	}

	@ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({ "7, false", "8, true", "9, true" })
	void theEighthWrongCodeInARowLocks(int consecutive, boolean locks) {
		assertThat(CodeThrottle.locksNow(consecutive, LIMITS)).isEqualTo(locks);
	}

	private static List<Instant> ago(long... seconds) {
		return java.util.Arrays.stream(seconds).mapToObj(NOW::minusSeconds).toList();
	}

}
