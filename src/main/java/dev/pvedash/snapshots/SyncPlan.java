package dev.pvedash.snapshots;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.pvedash.inventory.GuestView;

/**
 * Which guests' snapshot lists to read in this run (docs/snapshots.md, "When lists are
 * read"): a guest never read, one marked due (a snapshot task or our own action), or one
 * not read for a sweep interval; never one waiting out its back-off, never more than the
 * per-run cap. Marked guests go first, so a user's snapshot shows within one run even
 * while a big sweep is under way.
 */
final class SyncPlan {

	private SyncPlan() {
	}

	static List<GuestView> due(List<GuestView> guests, Map<Integer, GuestSyncState> states, Instant now,
			SnapshotsProperties properties) {
		return guests.stream()
			.filter(guest -> states.containsKey(guest.vmid()))
			.filter(guest -> due(states.get(guest.vmid()), now, properties.sweepEvery()))
			.sorted(Comparator.comparing((GuestView guest) -> priority(states.get(guest.vmid())))
				.thenComparing(guest -> waiting(states.get(guest.vmid())))
				.thenComparingInt(GuestView::vmid))
			.limit(Math.max(0, properties.readsPerRun()))
			.toList();
	}

	static boolean due(GuestSyncState state, Instant now, Duration sweepEvery) {
		if (state.retryAt() != null && now.isBefore(state.retryAt())) {
			return false;
		}
		return state.neverRead() || state.dueSince() != null || !state.readAt().plus(sweepEvery).isAfter(now);
	}

	/** 1 min, 2, 4 … after the 1st, 2nd, 3rd failure, at most {@code max}. */
	static Duration retryDelay(int failures, Duration first, Duration max) {
		Duration delay = first;
		for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(max) > 0) ? max : delay;
	}

	/** 0: our action or a task; 1: never read; 2: sweep. */
	private static int priority(GuestSyncState state) {
		if (state.dueSince() != null && !state.neverRead()) {
			return 0;
		}
		return state.neverRead() ? 1 : 2;
	}

	private static Instant waiting(GuestSyncState state) {
		if (state.dueSince() != null) {
			return state.dueSince();
		}
		return (state.readAt() != null) ? state.readAt() : Instant.EPOCH;
	}

}
