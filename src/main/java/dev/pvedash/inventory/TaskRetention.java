package dev.pvedash.inventory;

import java.time.Duration;
import java.time.Instant;

/**
 * How long stored tasks are kept: the newest {@link #PER_NODE} per node, and none older
 * than {@link #MAX_AGE} unless still running (a running task must stay until its end is
 * seen). Bounded so the table cannot grow forever on a busy host.
 */
final class TaskRetention {

	static final int PER_NODE = 500;

	static final Duration MAX_AGE = Duration.ofDays(7);

	private TaskRetention() {
	}

	/**
	 * @param rank 0 for the node's newest task, 1 for the next …
	 */
	static boolean keep(Instant started, boolean running, int rank, Instant now) {
		if (running) {
			return true;
		}
		return rank < PER_NODE && !started.isBefore(now.minus(MAX_AGE));
	}

	/** The oldest start time the first task read of a node asks PVE for. */
	static Instant horizon(Instant now) {
		return now.minus(MAX_AGE);
	}

}
