package dev.pvedash.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.pvedash.metrics.StorageForecast.State;

class ForecastTests {

	static final double GB = 1e9;

	static final long DAY = 86_400;

	/** Every 2 hours over {@code days}, ending at t = days × DAY. */
	static List<Forecast.Sample> series(int days, Double total, LongToDoubleFunction usedAtDay) {
		List<Forecast.Sample> samples = new ArrayList<>();
		for (long t = 0; t <= days * DAY; t += 7_200) {
			samples.add(new Forecast.Sample(t, usedAtDay.applyAsDouble(t), total));
		}
		return samples;
	}

	static Stream<Arguments> cases() {
		return Stream.of(Arguments.of("flat", series(30, 100 * GB, (t) -> 40 * GB), State.NOT_FILLING, null),
				Arguments.of("rising 1 GB a day, 40 GB free: 40 days",
						series(30, 100 * GB, (t) -> 30 * GB + t / (double) DAY * GB), State.FILLING, 40.0),
				Arguments.of("falling", series(30, 100 * GB, (t) -> 80 * GB - t / (double) DAY * GB), State.NOT_FILLING,
						null),
				Arguments.of("noisy but rising 2 GB a day",
						series(30, 1000 * GB,
								(t) -> 500 * GB + 2 * GB * t / DAY + ((t / 7_200) % 2 == 0 ? 5 : -5) * GB),
						State.FILLING, 220.0),
				Arguments.of("noise around a flat line",
						series(30, 1000 * GB, (t) -> 500 * GB + ((t / 7_200) % 2 == 0 ? 5 : -5) * GB),
						State.NOT_FILLING, null),
				Arguments.of("under 7 days of history", series(6, 100 * GB, (t) -> 10 * GB + t * 1e6),
						State.NOT_ENOUGH_HISTORY, null),
				Arguments.of("one sample", List.of(new Forecast.Sample(0, GB, 2 * GB)), State.NOT_ENOUGH_HISTORY, null),
				Arguments.of("already full", series(10, 100 * GB, (t) -> 100 * GB), State.FILLING, 0.0),
				Arguments.of("rising, size unknown", series(10, null, (t) -> 10 * GB + t * 1e3), State.FILLING, null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void forecast(String name, List<Forecast.Sample> samples, State state, Double days) {
		Forecast.Result result = Forecast.of(samples);
		assertThat(result.state()).isEqualTo(state);
		if (days == null) {
			assertThat(result.fullInDays()).isNull();
		}
		else {
			assertThat(result.fullInDays()).isCloseTo(days, within(1.0));
		}
	}

}
