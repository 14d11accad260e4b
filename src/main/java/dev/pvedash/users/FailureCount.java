package dev.pvedash.users;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Failure times within the window (at most as many as a limit needs) and the end of a
 * block.
 */
final class FailureCount {

	private final Deque<Instant> times = new ArrayDeque<>();

	private Instant blockedUntil = Instant.MIN;

	synchronized void add(Instant now, Duration window, int keep, int blockAt, Duration block) {
		prune(now, window);
		this.times.addLast(now);
		while (this.times.size() > keep) {
			this.times.removeFirst();
		}
		if (this.times.size() >= blockAt) {
			this.blockedUntil = now.plus(block);
			this.times.clear();
		}
	}

	synchronized Optional<Duration> blockedFor(Instant now) {
		return now.isBefore(this.blockedUntil) ? Optional.of(Duration.between(now, this.blockedUntil))
				: Optional.empty();
	}

	synchronized int recent(Instant now, Duration window) {
		prune(now, window);
		return this.times.size();
	}

	synchronized Instant last() {
		return this.times.isEmpty() ? Instant.MIN : this.times.peekLast();
	}

	synchronized int size() {
		return this.times.size();
	}

	private void prune(Instant now, Duration window) {
		Instant start = now.minus(window);
		while (!this.times.isEmpty() && !this.times.peekFirst().isAfter(start)) {
			this.times.removeFirst();
		}
	}

}
