package dev.pvedash.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ui.md "Words and units": binary units, "12 d 4 h", bar levels from 80 % and 90 %,
 * unknown is "—".
 */
class FormatsTests {

	static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	final Formats fmt = new Formats(Clock.fixed(NOW, ZoneOffset.UTC));

	@ParameterizedTest
	@CsvSource({ "512, 512 B", "1536, 1.5 KiB", "3972844748, 3.7 GiB", "16451133440, 15.3 GiB",
			"1099511627776, 1.0 TiB" })
	void bytesInBinaryUnits(long bytes, String expected) {
		assertThat(this.fmt.bytes(bytes)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "59, 0 min", "3600, 1 h 0 min", "1054800, 12 d 5 h" })
	void uptime(long seconds, String expected) {
		assertThat(this.fmt.uptime(seconds)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "0, 100, ok", "79, 100, ok", "80, 100, warn", "89, 100, warn", "90, 100, crit", "150, 100, crit" })
	void usageLevels(long used, long total, String level) {
		assertThat(this.fmt.level(this.fmt.share(used, total))).isEqualTo(level);
	}

	@Test
	void unknownIsADashNeverZero() {
		assertThat(this.fmt.bytes(null)).isEqualTo("—");
		assertThat(this.fmt.percent(null)).isEqualTo("—");
		assertThat(this.fmt.uptime(null)).isEqualTo("—");
		assertThat(this.fmt.share(null, 100L)).isNull();
		assertThat(this.fmt.level(null)).isEqualTo("unknown");
		assertThat(this.fmt.ago(null)).isEqualTo("—");
	}

	@Test
	void recency() {
		assertThat(this.fmt.ago(NOW.minusSeconds(42))).isEqualTo("42 s ago");
		assertThat(this.fmt.ago(NOW.minusSeconds(180))).isEqualTo("3 min ago");
		assertThat(this.fmt.ago(NOW.minusSeconds(9 * 86400))).isEqualTo("9 d ago");
		assertThat(this.fmt.percent(0.234)).isEqualTo("23 %");
	}

}
