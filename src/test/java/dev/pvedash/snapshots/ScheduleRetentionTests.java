package dev.pvedash.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.pvedash.proxmox.Snapshot;

/**
 * Retention keeps the newest N of the schedule's own snapshots and never touches anything
 * else (docs/snapshot-schedules.md).
 */
class ScheduleRetentionTests {

	static final String P = "auto-weekly-";

	static Stream<Arguments> cases() {
		return Stream.of(
				Arguments.of("nothing to prune", 4, List.of(own("20261101-030000"), own("20261108-030000")), List.of()),
				Arguments.of("exactly N kept", 2, List.of(own("20261101-030000"), own("20261108-030000")), List.of()),
				Arguments.of("oldest beyond N, oldest first", 2,
						List.of(own("20261115-030000"), own("20261101-030000"), own("20261122-030000"),
								own("20261108-030000")),
						List.of(P + "20261101-030000", P + "20261108-030000")),
				Arguments.of("manual snapshots never count or go", 1,
						List.of(snap("before-upgrade", null, null), snap("weekly-2026-11-01", "Weekly snapshot", null),
								own("20261101-030000"), own("20261108-030000")),
						List.of(P + "20261101-030000")),
				Arguments.of("cv4pve-autosnap by name and by description never go", 1,
						List.of(snap("autoweekly261101030000", "cv4pve-autosnap", null),
								snap("autodaily261102030000", "", null),
								snap(P + "20261102-030000", "cv4pve-autosnap", null), own("20261108-030000"),
								own("20261115-030000")),
						List.of(P + "20261108-030000")),
				Arguments.of("another schedule's longer prefix is not ours", 1,
						List.of(snap(P + "db-20261101-030000", null, null), own("20261101-030000"),
								own("20261108-030000")),
						List.of(P + "20261101-030000")),
				Arguments.of("a prefix-alike without our timestamp is manual", 1,
						List.of(snap(P + "keep-me", null, null), snap(P + "202611010300", null, null),
								own("20261108-030000")),
						List.of()),
				Arguments.of("half-made or half-deleted (snapstate) is never touched nor counted", 1,
						List.of(snap(P + "20261101-030000", null, "delete"),
								snap(P + "20261122-030000", null, "prepare"), own("20261108-030000"),
								own("20261115-030000")),
						List.of(P + "20261108-030000")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void toDelete(String title, int keep, List<Snapshot> snapshots, List<String> expected) {
		assertThat(ScheduleRetention.toDelete(snapshots, P, keep)).containsExactlyElementsOf(expected);
	}

	@ParameterizedTest(name = "prefix {0}")
	@MethodSource("prefixes")
	void onlyTheExactPrefix(String prefix, String... expected) {
		List<Snapshot> snapshots = List.of(snap("auto-20261101-030000", null, null),
				snap("auto-weekly-20261101-030000", null, null), snap("auto-20261108-030000", null, null),
				snap("auto-weekly-20261108-030000", null, null));
		assertThat(ScheduleRetention.toDelete(snapshots, prefix, 1)).containsExactly(expected);
		assertThat(Arrays.asList(expected)).allMatch(n -> n.startsWith(prefix));
	}

	static Stream<Arguments> prefixes() {
		return Stream.of(Arguments.of("auto-", new String[] { "auto-20261101-030000" }),
				Arguments.of("auto-weekly-", new String[] { "auto-weekly-20261101-030000" }),
				Arguments.of("Auto-", new String[0]));
	}

	private static Snapshot own(String stamp) {
		return snap(P + stamp, "PVE Dash schedule weekly", null);
	}

	private static Snapshot snap(String name, String description, String snapstate) {
		return new Snapshot(name, description, Instant.parse("2026-11-01T03:00:00Z"), null, false, snapstate);
	}

}
