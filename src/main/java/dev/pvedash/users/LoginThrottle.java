package dev.pvedash.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Counts failed logins per (username, client address), never per username alone: an attacker who guesses
 * the admin's name from one address must not lock the admin out everywhere (Grafana's lesson). Memory is
 * bounded: each pair keeps at most {@code maxFailures} timestamps, and the least recently seen pairs are
 * dropped beyond {@code maxTracked}.
 */
@Component
class LoginThrottle {

	record Key(String username, String address) {
	}

	private static final class Failures {

		final Deque<Instant> times = new ArrayDeque<>();

		Instant blockedUntil = Instant.MIN;

	}

	private final LoginProperties properties;

	private final Clock clock;

	private final Map<Key, Failures> failures;

	LoginThrottle(LoginProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.failures = new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, Failures> eldest) {
				return size() > properties.maxTracked();
			}
		};
	}

	/** How long this pair must still wait, if it is blocked now. */
	synchronized Optional<Duration> blockedFor(Key key) {
		Failures entry = this.failures.get(key);
		Instant now = this.clock.instant();
		if (entry == null || !now.isBefore(entry.blockedUntil)) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(now, entry.blockedUntil));
	}

	synchronized void failed(Key key) {
		Instant now = this.clock.instant();
		Failures entry = this.failures.computeIfAbsent(key, k -> new Failures());
		Instant windowStart = now.minus(this.properties.window());
		while (!entry.times.isEmpty() && !entry.times.peekFirst().isAfter(windowStart)) {
			entry.times.removeFirst();
		}
		entry.times.addLast(now);
		if (entry.times.size() >= this.properties.maxFailures()) {
			entry.blockedUntil = now.plus(this.properties.block());
			entry.times.clear();
		}
	}

	synchronized void succeeded(Key key) {
		this.failures.remove(key);
	}

	synchronized int trackedPairs() {
		return this.failures.size();
	}

}
