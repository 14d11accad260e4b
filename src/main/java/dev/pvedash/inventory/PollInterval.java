package dev.pvedash.inventory;

import java.time.Duration;
import java.time.Instant;

/**
 * The adaptive delay between cycles (docs/polling.md): the active interval while a page
 * was viewed within {@code idleAfter}, else the idle one; after failures it doubles per
 * failure up to {@code maxBackoff}, but never below the interval it backs off from.
 * Thread-safe: pages report views from request threads.
 */
final class PollInterval {

	private final PollingProperties properties;

	private volatile Instant lastPageView;

	private volatile Instant lastAttempt;

	private volatile int failures;

	private volatile boolean refreshRequested;

	PollInterval(PollingProperties properties) {
		this.properties = properties;
	}

	/**
	 * Returns true when this view ends an idle period: the caller then asks for a cycle
	 * at once, so the viewer gets fresh data within a tick instead of the up to one idle
	 * interval old reading (docs/polling.md).
	 */
	boolean pageViewed(Instant now) {
		boolean wasIdle = !active(now);
		this.lastPageView = now;
		return wasIdle;
	}

	/**
	 * The next tick runs a cycle whatever the interval (cleared by that cycle's
	 * {@link #attempted}).
	 */
	void requestNow() {
		this.refreshRequested = true;
	}

	boolean refreshRequested() {
		return this.refreshRequested;
	}

	void attempted(Instant now, boolean succeeded) {
		this.refreshRequested = false;
		this.lastAttempt = now;
		this.failures = succeeded ? 0 : Math.min(this.failures + 1, 16);
	}

	boolean active(Instant now) {
		Instant viewed = this.lastPageView;
		return viewed != null && !now.isAfter(viewed.plus(this.properties.idleAfter()));
	}

	Duration current(Instant now) {
		Duration base = active(now) ? this.properties.activeInterval() : this.properties.idleInterval();
		if (this.failures == 0) {
			return base;
		}
		Duration backoff = this.properties.activeInterval().multipliedBy(1L << this.failures);
		Duration capped = (backoff.compareTo(this.properties.maxBackoff()) > 0) ? this.properties.maxBackoff()
				: backoff;
		return (capped.compareTo(base) > 0) ? capped : base;
	}

	/**
	 * A cycle is due when none ran yet or the current interval has passed since the last
	 * attempt.
	 */
	boolean due(Instant now) {
		Instant last = this.lastAttempt;
		return this.refreshRequested || last == null || !now.isBefore(last.plus(current(now)));
	}

}
