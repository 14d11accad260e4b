package dev.pvedash.inventory;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Per-path back-off for the reads of one node or one guest that PVE refused (403, 500,
 * 501): after the n-th failure in a row the path skips the next 2^(n-1) cycles, and is
 * asked again at the latest one {@code cap} (the sweep interval) after its last failure
 * (docs/polling.md, "Per-path back-off"). The rest of the cycle goes on, so one guest PVE
 * cannot describe costs one request per back-off step instead of one per cycle. Not
 * thread-safe: only the poller's cycle uses it.
 */
final class PathBackoff {

	private record Failure(int count, long cycle, Instant at) {
	}

	private final Duration cap;

	private final Map<String, Failure> failures = new HashMap<>();

	PathBackoff(Duration cap) {
		this.cap = cap;
	}

	boolean due(String path, long cycle, Instant now) {
		Failure failure = this.failures.get(path);
		if (failure == null) {
			return true;
		}
		long skip = 1L << Math.min(failure.count() - 1, 40);
		return cycle - failure.cycle() > skip || !now.isBefore(failure.at().plus(this.cap));
	}

	void failed(String path, long cycle, Instant now) {
		Failure before = this.failures.get(path);
		this.failures.put(path, new Failure((before != null) ? before.count() + 1 : 1, cycle, now));
	}

	void succeeded(String path) {
		this.failures.remove(path);
	}

	/**
	 * Forgets paths PVE no longer lists (a removed guest or node), so the map stays as
	 * small as the cluster.
	 */
	void retainOnly(Set<String> current) {
		this.failures.keySet().retainAll(current);
	}

	boolean any() {
		return !this.failures.isEmpty();
	}

	boolean backingOff(String path) {
		return this.failures.containsKey(path);
	}

}
