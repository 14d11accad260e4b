package dev.pvedash.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/polling.md, "Staleness" and "Grace": when pages say stale, retrying, or raise the
 * red banner.
 */
class EndpointStateTests {

	static final Instant GOOD = Instant.parse("2026-11-25T10:00:00Z");

	static final Duration TWO_ACTIVE = Duration.ofSeconds(20);

	static Stream<Arguments> staleness() {
		return Stream.of(
				Arguments.of("fresh at 20 s, whatever the backed-off interval", Duration.ofSeconds(60), 20, false),
				Arguments.of("stale at 21 s while backing off to 60 s", Duration.ofSeconds(60), 21, true),
				Arguments.of("stale at 21 s while idle at 60 s", Duration.ofSeconds(60), 21, true),
				Arguments.of("stale at 21 s at the active interval", Duration.ofSeconds(10), 21, true),
				Arguments.of("fresh at 10 s", Duration.ofSeconds(10), 10, false));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void staleness(String name, Duration interval, int secondsAfterGoodRead, boolean stale) {
		EndpointState state = new EndpointState(false, GOOD, GOOD, interval, null, null, List.of(), 0, TWO_ACTIVE,
				false, false);
		assertThat(state.stale(GOOD.plusSeconds(secondsAfterGoodRead))).isEqualTo(stale);
	}

	static Stream<Arguments> grace() {
		return Stream.of(Arguments.of("CONNECTION", 1, true), Arguments.of("CONNECTION", 2, false),
				Arguments.of("TIMEOUT", 1, true), Arguments.of("SERVER", 1, true),
				Arguments.of("NODE_UNREACHABLE", 1, true), Arguments.of("PROTOCOL", 1, true),
				// a refused token, a missing privilege or a changed certificate does not
				// pass by retrying
				Arguments.of("AUTHENTICATION", 1, false), Arguments.of("PERMISSION", 1, false),
				Arguments.of("TLS", 1, false), Arguments.of("BAD_REQUEST", 1, false));
	}

	@ParameterizedTest(name = "{0} after {1} failed cycle(s): retrying = {2}")
	@MethodSource
	void grace(String kind, int failedCycles, boolean retrying) {
		EndpointState state = new EndpointState(false, GOOD, GOOD, Duration.ofSeconds(20), kind, "why", List.of(),
				failedCycles, TWO_ACTIVE, false, false);
		assertThat(state.failing()).isTrue();
		assertThat(state.retrying()).isEqualTo(retrying);
		assertThat(state.alarming()).isEqualTo(!retrying);
	}

}
