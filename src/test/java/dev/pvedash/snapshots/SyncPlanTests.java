package dev.pvedash.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.pvedash.proxmox.GuestType;
import dev.pvedash.proxmox.GuestState;
import dev.pvedash.inventory.GuestView;

/**
 * docs/snapshots.md "When lists are read": due rules, per-run cap, back-off 1 min
 * doubling to 1 h.
 */
class SyncPlanTests {

	static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	@ParameterizedTest(name = "[{index}] failures={0} -> {1} min")
	@CsvSource({ "1, 1", "2, 2", "3, 4", "4, 8", "6, 32", "7, 60", "20, 60", "1000, 60" })
	void backOff(int failures, long minutes) {
		assertThat(SyncPlan.retryDelay(failures, Duration.ofMinutes(1), Duration.ofHours(1)))
			.isEqualTo(Duration.ofMinutes(minutes));
	}

	/** readAgo/due/retryIn in minutes; NULL: never read / not marked / no back-off. */
	@ParameterizedTest(name = "[{index}] read {0} min ago, marked {1}, retry in {2} -> {3}")
	@CsvSource(nullValues = "NULL", textBlock = """
			NULL, NULL, NULL, true
			1,    NULL, NULL, false
			359,  NULL, NULL, false
			360,  NULL, NULL, true
			1,    0,    NULL, true
			NULL, NULL, 5,    false
			1,    0,    5,    false
			1,    0,    -1,   true
			""")
	void due(Integer readAgo, Integer markedAgo, Integer retryIn, boolean expected) {
		GuestSyncState state = state(101, readAgo, markedAgo, retryIn);
		assertThat(SyncPlan.due(state, NOW, Duration.ofHours(6))).isEqualTo(expected);
	}

	@Test
	void markedFirstThenNewThenSweepAndNeverMoreThanTheCap() {
		List<GuestView> guests = List.of(guest(100), guest(101), guest(102), guest(103), guest(104));
		Map<Integer, GuestSyncState> states = Map.of(100, state(100, 400, null, null), 101, state(101, null, 0, null),
				102, state(102, 5, 1, null), 103, state(103, 1, null, null), 104, state(104, 500, null, null));
		SnapshotsProperties cap3 = new SnapshotsProperties(Duration.ofDays(8), 5, Duration.ofDays(60),
				Duration.ofHours(6), 3, Duration.ofMinutes(1), Duration.ofHours(1), 50);
		assertThat(SyncPlan.due(guests, states, NOW, cap3)).extracting(GuestView::vmid).containsExactly(102, 101, 104);
	}

	static GuestSyncState state(int vmid, Integer readAgo, Integer markedAgo, Integer retryIn) {
		return new GuestSyncState(vmid, "pve", GuestType.QEMU, "g" + vmid, null, minutesAgo(readAgo),
				minutesAgo(markedAgo), (retryIn != null) ? 1 : 0, null,
				(retryIn != null) ? NOW.plus(Duration.ofMinutes(retryIn)) : null);
	}

	static Instant minutesAgo(Integer minutes) {
		return (minutes != null) ? NOW.minus(Duration.ofMinutes(minutes)) : null;
	}

	static GuestView guest(int vmid) {
		return new GuestView(vmid, GuestType.QEMU, "pve", "g" + vmid, GuestState.RUNNING, null, 1, null, null, null,
				List.of(), null, false, NOW);
	}

}
