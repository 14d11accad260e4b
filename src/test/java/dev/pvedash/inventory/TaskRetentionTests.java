package dev.pvedash.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stored tasks are bounded: newest 500 per node, 7 days, running ones always kept. */
class TaskRetentionTests {

	static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	@ParameterizedTest(name = "{0} h old, running {1}, rank {2} -> keep {3}")
	@CsvSource({ "0, false, 0, true", "167, false, 499, true", "0, false, 500, false", "169, false, 0, false",
			"169, true, 0, true", "0, true, 9999, true", "168, false, 10, true" })
	void keep(long hoursOld, boolean running, int rank, boolean kept) {
		Instant started = NOW.minus(Duration.ofHours(hoursOld));
		assertThat(TaskRetention.keep(started, running, rank, NOW)).isEqualTo(kept);
	}

}
