package dev.pvedash.metrics;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The ranges a chart offers; the word is what the API and the range buttons use. */
public enum MetricRange {

	H1("1h", Duration.ofHours(1)), H24("24h", Duration.ofHours(24)), D7("7d", Duration.ofDays(7)),
	D30("30d", Duration.ofDays(30)), Y1("1y", Duration.ofDays(365));

	private final String word;

	private final Duration span;

	MetricRange(String word, Duration span) {
		this.word = word;
		this.span = span;
	}

	public String word() {
		return this.word;
	}

	public Duration span() {
		return this.span;
	}

	public static Optional<MetricRange> parse(String word) {
		return Arrays.stream(values()).filter((range) -> range.word.equals(word)).findFirst();
	}

}
