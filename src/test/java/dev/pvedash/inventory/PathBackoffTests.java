package dev.pvedash.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/polling.md, "Per-path back-off": skip 1, 2, 4 … cycles after each failure, never
 * longer than the cap.
 */
class PathBackoffTests {

	static final String PATH = "/nodes/pve/qemu/100/config";

	Instant start = Instant.parse("2026-11-25T10:00:00Z");

	@Test
	@DisplayName("a path that keeps failing is asked in cycles 1, 3, 6, 11, 20, 37 … (1, 2, 4, 8, 16 skipped)")
	void doublesFromOneCycle() {
		PathBackoff backoff = new PathBackoff(Duration.ofHours(6));
		List<Long> asked = new ArrayList<>();
		for (long cycle = 1; cycle <= 40; cycle++) {
			Instant now = this.start.plusSeconds(10 * cycle);
			if (backoff.due(PATH, cycle, now)) {
				asked.add(cycle);
				backoff.failed(PATH, cycle, now);
			}
		}
		assertThat(asked).containsExactly(1L, 3L, 6L, 11L, 20L, 37L);
	}

	@Test
	@DisplayName("never longer than the cap (the 6 h sweep), however many failures")
	void cappedBySweep() {
		PathBackoff backoff = new PathBackoff(Duration.ofHours(6));
		for (int i = 0; i < 30; i++) {
			backoff.failed(PATH, 100, this.start);
		}
		assertThat(backoff.due(PATH, 101_000, this.start.plus(Duration.ofHours(6)).minusSeconds(1))).isFalse();
		assertThat(backoff.due(PATH, 101_000, this.start.plus(Duration.ofHours(6)))).isTrue();
	}

	@Test
	@DisplayName("one success ends the back-off; other paths are not affected")
	void perPath() {
		PathBackoff backoff = new PathBackoff(Duration.ofHours(6));
		backoff.failed(PATH, 1, this.start);
		assertThat(backoff.due(PATH, 2, this.start)).isFalse();
		assertThat(backoff.due("/nodes/pve/qemu/101/config", 2, this.start)).isTrue();
		backoff.succeeded(PATH);
		assertThat(backoff.due(PATH, 2, this.start)).isTrue();
		assertThat(backoff.backingOff(PATH)).isFalse();
		backoff.failed(PATH, 3, this.start);
		backoff.retainOnly(java.util.Set.of("/nodes/pve/status")); // the guest was
																	// removed from PVE
		assertThat(backoff.backingOff(PATH)).isFalse();
	}

}
