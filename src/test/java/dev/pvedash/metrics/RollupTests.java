package dev.pvedash.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RollupTests {

	static final Instant NOW = Instant.parse("2026-12-03T10:07:30Z");

	static Row minute(long t, Double... avg) {
		return new Row(t, avg, new Double[avg.length]);
	}

	static Row row(long t, Double[] avg, Double[] max) {
		return new Row(t, avg, max);
	}

	static Double[] d(Double... values) {
		return values;
	}

	static Stream<Arguments> cases() {
		return Stream.of(
				Arguments.of("minute rows: average of averages, max of the averages",
						List.of(minute(600, 1.0, 10.0), minute(660, 3.0, 20.0), minute(720, 5.0, 30.0)), 600L,
						List.of(row(600, d(3.0, 20.0), d(5.0, 30.0)))),
				Arguments.of("a gap does not count as 0",
						List.of(minute(600, 2.0, null), minute(660, null, null), minute(720, 4.0, null)), 600L,
						List.of(row(600, d(3.0, null), d(4.0, null)))),
				Arguments.of("rows split into their own buckets, empty buckets not produced",
						List.of(minute(0, 1.0, 1.0), minute(1_200, 2.0, 2.0)), 600L,
						List.of(row(0, d(1.0, 1.0), d(1.0, 1.0)), row(1_200, d(2.0, 2.0), d(2.0, 2.0)))),
				Arguments.of("coarse rows keep their stored max",
						List.of(row(0, d(1.0, 1.0), d(9.0, 2.0)), row(600, d(3.0, 1.0), d(4.0, 8.0))), 7_200L,
						List.of(row(0, d(2.0, 1.0), d(9.0, 8.0)))),
				Arguments.of("nothing in, nothing out", List.of(), 600L, List.of()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void rollUp(String name, List<Row> rows, long step, List<Row> expected) {
		assertThat(Rollup.rollUp(rows, 2, step)).isEqualTo(expected);
	}

	@Test
	void pruningKeepsEachTierForItsRetentionAndWholeBuckets() {
		assertThat(Retention.keepFrom(Tier.MINUTE, Duration.ofHours(48), NOW))
			.isEqualTo(NOW.minus(Duration.ofHours(48)).getEpochSecond() - 30);
		assertThat(Retention.keepFrom(Tier.TEN_MINUTES, Duration.ofDays(31), NOW))
			.isEqualTo(NOW.minus(Duration.ofDays(31)).getEpochSecond() - 450);
		long twoHours = Retention.keepFrom(Tier.TWO_HOURS, Duration.ofDays(730), NOW);
		assertThat(twoHours % 7_200).isZero();
		assertThat(NOW.getEpochSecond() - twoHours).isBetween(Duration.ofDays(730).toSeconds(),
				Duration.ofDays(730).toSeconds() + 7_200);
		assertThat(Retention.keepFrom(Tier.TWO_HOURS, Duration.ofDays(100_000), NOW)).isZero();
	}

	@Test
	void keysOrderByTierThenTimeThenEntityOnTheMinuteTierAndEntityThenTimeOnTheOthers() {
		long a = Key.of(7, Tier.MINUTE, 1_764_750_000L);
		assertThat(Key.bucket(a)).isEqualTo(1_764_750_000L);
		assertThat(Key.entity(a)).isEqualTo(7);
		assertThat(Key.tier(a)).isEqualTo(Tier.MINUTE);
		assertThat(Key.of(1, Tier.MINUTE, 1_764_750_060L)).isGreaterThan(Key.of(9, Tier.MINUTE, 1_764_750_000L));
		assertThat(Key.of(1, Tier.TEN_MINUTES, 0)).isGreaterThan(Key.of(1, Tier.MINUTE, 4_000_000_000L));
		for (Tier tier : List.of(Tier.TEN_MINUTES, Tier.TWO_HOURS)) {
			long b = Key.of(7, tier, 1_764_750_000L);
			assertThat(Key.bucket(b)).isEqualTo(1_764_750_000L);
			assertThat(Key.entity(b)).isEqualTo(7);
			assertThat(Key.tier(b)).isEqualTo(tier);
			assertThat(Key.of(9, tier, 1_764_750_000L)).isGreaterThan(Key.of(1, tier, 4_000_000_000L));
			assertThat(Key.of(1, tier, 1_764_757_200L)).isGreaterThan(Key.of(1, tier, 1_764_750_000L));
			assertThat(Key.from(tier, 1, Long.MAX_VALUE)).isLessThan(Key.from(tier, 2, 0));
		}
		assertThat(Key.of(1, Tier.TWO_HOURS, 0)).isGreaterThan(Key.of((int) Key.ENTITY_MASK, Tier.TEN_MINUTES, 0));
		assertThat(Key.end(Tier.TWO_HOURS)).isGreaterThan(Key.of(1, Tier.TWO_HOURS, 4_000_000_000L));
		assertThat(Key.from(Tier.TWO_HOURS, 1, Long.MAX_VALUE))
			.isGreaterThan(Key.of(1, Tier.TWO_HOURS, 4_000_000_000L));
		assertThat(Key.of((int) Key.ENTITY_MASK, Tier.TWO_HOURS, 4_294_967_295L)).isPositive()
			.isLessThan(Key.end(Tier.TWO_HOURS));
		assertThat(Key.from(Tier.MINUTE, 9, -5)).isEqualTo(Key.first(Tier.MINUTE));
	}

}
