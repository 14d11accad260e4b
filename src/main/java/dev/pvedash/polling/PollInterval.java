package dev.pvedash.polling;

import java.time.Duration;
import java.time.Instant;

/**
 * The adaptive delay between cycles (proxmox-api.md §11): the active interval while a page was viewed within
 * {@code idleAfter}, else the idle one; after failures it doubles per failure up to {@code maxBackoff}, but
 * never below the interval it backs off from. Thread-safe: pages report views from request threads.
 */
final class PollInterval {

	private final PollingProperties properties;

	private volatile Instant lastPageView;

	private volatile Instant lastAttempt;

	private volatile int failures;

	PollInterval(PollingProperties properties) {
		this.properties = properties;
	}

	void pageViewed(Instant now) {
		this.lastPageView = now;
	}

	void attempted(Instant now, boolean succeeded) {
		this.lastAttempt = now;
		this.failures = succeeded ? 0 : Math.min(this.failures + 1, 16);
	}

	Duration current(Instant now) {
		Instant viewed = this.lastPageView;
		boolean active = viewed != null && !now.isAfter(viewed.plus(this.properties.idleAfter()));
		Duration base = active ? this.properties.activeInterval() : this.properties.idleInterval();
		if (this.failures == 0) {
			return base;
		}
		Duration backoff = this.properties.activeInterval().multipliedBy(1L << this.failures);
		Duration capped = (backoff.compareTo(this.properties.maxBackoff()) > 0) ? this.properties.maxBackoff() : backoff;
		return (capped.compareTo(base) > 0) ? capped : base;
	}

	/** A cycle is due when none ran yet or the current interval has passed since the last attempt. */
	boolean due(Instant now) {
		Instant last = this.lastAttempt;
		return last == null || !now.isBefore(last.plus(current(now)));
	}

}
