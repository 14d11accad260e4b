package dev.pvedash.inventory;

import dev.pvedash.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/polling.md, Intervals: 10 s while someone looks, 60 s when nobody did for 2
 * minutes, back-off to 60 s.
 */
class PollIntervalTests {

	MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));

	PollInterval interval = new PollInterval(PollingProperties.defaults());

	@Test
	@DisplayName("idle until a page is viewed, active for two minutes after, then idle again")
	void activeAndIdle() {
		assertThat(this.interval.current(this.clock.instant())).isEqualTo(Duration.ofSeconds(60));
		this.interval.pageViewed(this.clock.instant());
		assertThat(this.interval.current(this.clock.instant())).isEqualTo(Duration.ofSeconds(10));
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.interval.current(this.clock.instant())).isEqualTo(Duration.ofSeconds(10));
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.interval.current(this.clock.instant())).isEqualTo(Duration.ofSeconds(60));
	}

	@Test
	@DisplayName("errors double the active interval up to 60 s; one success resets it")
	void backOff() {
		this.interval.pageViewed(this.clock.instant());
		this.interval.attempted(this.clock.instant(), false);
		assertThat(this.interval.current(this.clock.instant())).isEqualTo(Duration.ofSeconds(20));
		this.interval.attempted(this.clock.instant(), false);
		assertThat(this.interval.current(this.clock.instant())).isEqualTo(Duration.ofSeconds(40));
		for (int i = 0; i < 30; i++) {
			this.interval.attempted(this.clock.instant(), false);
		}
		assertThat(this.interval.current(this.clock.instant())).isEqualTo(Duration.ofSeconds(60));
		this.interval.attempted(this.clock.instant(), true);
		assertThat(this.interval.current(this.clock.instant())).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	@DisplayName("a cycle is due at once, then only after the current interval")
	void due() {
		assertThat(this.interval.due(this.clock.instant())).isTrue();
		this.interval.pageViewed(this.clock.instant());
		this.interval.attempted(this.clock.instant(), true);
		this.clock.advance(Duration.ofSeconds(9));
		assertThat(this.interval.due(this.clock.instant())).isFalse();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.interval.due(this.clock.instant())).isTrue();
	}

	@Test
	@DisplayName("docs/polling.md: the first view after an idle period asks for a cycle at once; views while active do not")
	void firstViewAfterIdleAsksForACycle() {
		this.interval.attempted(this.clock.instant(), true);
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(this.interval.pageViewed(this.clock.instant())).isTrue();
		this.interval.requestNow();
		assertThat(this.interval.due(this.clock.instant())).isTrue();
		this.interval.attempted(this.clock.instant(), true);
		assertThat(this.interval.refreshRequested()).isFalse();
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(this.interval.pageViewed(this.clock.instant())).isFalse();
		assertThat(this.interval.due(this.clock.instant())).isFalse();
	}

}
