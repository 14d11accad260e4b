package dev.pvedash.metrics;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The storage forecast, pure: a least-squares line through the used bytes of the last 30
 * days. Fewer than 7 days between the first and the last value: no claim. A slope that
 * would add less than {@link #FLAT_SHARE} of the total over 30 days counts as flat
 * (noise, log rotation). The days left are measured from the line's value now, not from
 * the last (noisy) sample. Used at or above the total: full now (0 days).
 */
final class Forecast {

	static final Duration MIN_HISTORY = Duration.ofDays(7);

	static final Duration WINDOW = Duration.ofDays(30);

	static final double FLAT_SHARE = 0.001;

	/**
	 * One value: {@code t} epoch seconds, {@code used} and {@code total} bytes (total may
	 * be null).
	 */
	record Sample(long t, double used, @Nullable Double total) {
	}

	record Result(StorageForecast.State state, @Nullable Double fullInDays) {
	}

	private Forecast() {
	}

	/** {@code samples} oldest first, from the last {@link #WINDOW}. */
	static Result of(List<Sample> samples) {
		if (samples.size() < 2 || samples.get(samples.size() - 1).t() - samples.get(0).t() < MIN_HISTORY.toSeconds()) {
			return new Result(StorageForecast.State.NOT_ENOUGH_HISTORY, null);
		}
		Sample latest = samples.get(samples.size() - 1);
		Double total = samples.stream()
			.map(Sample::total)
			.filter((v) -> v != null && v > 0)
			.reduce((a, b) -> b)
			.orElse(null);
		if (total != null && latest.used() >= total) {
			return new Result(StorageForecast.State.FILLING, 0.0);
		}
		double[] line = line(samples);
		double slope = line[0]; // bytes per second
		double flat = (total != null) ? total * FLAT_SHARE / WINDOW.toSeconds() : 0;
		if (slope <= flat) {
			return new Result(StorageForecast.State.NOT_FILLING, null);
		}
		if (total == null) {
			return new Result(StorageForecast.State.FILLING, null);
		}
		double usedNow = Math.min(total, line[1] + slope * (latest.t() - samples.get(0).t()));
		double seconds = (total - usedNow) / slope;
		return new Result(StorageForecast.State.FILLING, seconds / 86_400);
	}

	/**
	 * Least squares: slope (bytes per second) and the value at the first sample's time.
	 */
	static double[] line(List<Sample> samples) {
		long origin = samples.get(0).t();
		double n = samples.size();
		double sx = 0;
		double sy = 0;
		double sxx = 0;
		double sxy = 0;
		for (Sample sample : samples) {
			double x = sample.t() - origin;
			sx += x;
			sy += sample.used();
			sxx += x * x;
			sxy += x * sample.used();
		}
		double denominator = n * sxx - sx * sx;
		double slope = (denominator == 0) ? 0 : (n * sxy - sx * sy) / denominator;
		return new double[] { slope, (sy - slope * sx) / n };
	}

}
