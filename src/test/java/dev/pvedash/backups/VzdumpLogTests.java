package dev.pvedash.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.pvedash.backups.VzdumpLog.Outcome;
import dev.pvedash.backups.VzdumpLog.Result;

/**
 * Each guest's part of a vzdump job's log (docs/backups.md, "Backup jobs over several
 * guests"); the lines are worded as pve-manager's PVE/VZDump.pm writes them.
 */
class VzdumpLogTests {

	static final String JOB = "INFO: starting new backup job: vzdump 100 101 --mode snapshot --storage pbs-offsite";

	static Stream<Arguments> cases() {
		return Stream.of(
				row("two guests, both fine (PVE 8)", List.of(JOB, "INFO: Starting Backup of VM 100 (qemu)",
						"INFO: Backup started at 2026-11-29 03:00:02", "INFO: status = running",
						"INFO:  100% (4.0 GiB of 4.0 GiB) in 40s, read: 102.4 MiB/s, write: 0 B/s",
						"INFO: Finished Backup of VM 100 (00:00:42)", "INFO: Backup finished at 2026-11-29 03:00:44",
						"INFO: Starting Backup of VM 101 (qemu)", "INFO: Finished Backup of VM 101 (00:01:12)",
						"INFO: Backup finished at 2026-11-29 03:01:59", "INFO: Backup job finished successfully",
						"TASK OK"), Map.of(100, ok(), 101, ok())),
				row("one guest failed with its reason, the job went on", List.of(JOB,
						"INFO: Starting Backup of VM 100 (qemu)",
						"ERROR: Backup of VM 100 failed - unable to create temporary directory '/mnt/pve/nas/dump/x': Stale file handle",
						"INFO: Failed at 2026-11-29 03:00:09", "INFO: Starting Backup of VM 101 (qemu)",
						"INFO: Finished Backup of VM 101 (00:01:12)", "INFO: Backup job finished with errors",
						"TASK ERROR: job errors"),
						Map.of(100,
								failed("unable to create temporary directory '/mnt/pve/nas/dump/x': Stale file handle"),
								101, ok())),
				row("a container, PVE 6 wording (no 'Backup finished at')",
						List.of("INFO: starting new backup job: vzdump 200 201 --storage nas-backup --mode snapshot",
								"INFO: Starting Backup of VM 200 (lxc)", "INFO: CT Name: pihole",
								"INFO: Finished Backup of VM 200 (00:00:21)", "INFO: Starting Backup of VM 201 (lxc)",
								"ERROR: Backup of VM 201 failed - CT is locked (snapshot)",
								"INFO: Backup job finished with errors", "TASK ERROR: job errors"),
						Map.of(200, ok(), 201, failed("CT is locked (snapshot)"))),
				row("a warning belongs to the guest it came with",
						List.of(JOB, "INFO: Starting Backup of VM 100 (qemu)",
								"WARN: no efidisk configured! Using temporary efivars disk.",
								"INFO: Finished Backup of VM 100 (00:00:42)", "INFO: Starting Backup of VM 101 (qemu)",
								"INFO: Finished Backup of VM 101 (00:01:12)", "INFO: Backup job finished successfully",
								"TASK WARNINGS: 1"),
						Map.of(100, warning("no efidisk configured! Using temporary efivars disk."), 101, ok())),
				row("a warning after 'Finished' (PBS log upload) still counts for that guest",
						List.of(JOB, "INFO: Starting Backup of VM 101 (qemu)",
								"INFO: Finished Backup of VM 101 (00:01:12)",
								"WARN: uploading backup task log failed: connection reset",
								"INFO: Backup job finished successfully"),
						Map.of(101, warning("uploading backup task log failed: connection reset"))),
				row("a warning outside any guest belongs to none",
						List.of("WARN: job-level notice", JOB, "INFO: Starting Backup of VM 101 (qemu)",
								"INFO: Finished Backup of VM 101 (00:01:12)", "INFO: Backup job finished successfully",
								"WARN: after the job"),
						Map.of(101, ok())),
				row("started but never finished: the worker died",
						List.of(JOB, "INFO: Starting Backup of VM 100 (qemu)",
								"INFO: Finished Backup of VM 100 (00:00:42)", "INFO: Starting Backup of VM 101 (qemu)",
								"INFO:  45% (1.8 GiB of 4.0 GiB) in 20s"),
						Map.of(100, ok(), 101, unfinished(null))),
				row("the job itself failed around a guest", List.of(JOB, "INFO: Starting Backup of VM 101 (qemu)",
						"ERROR: Backup job failed - interrupted by signal", "TASK ERROR: interrupted by signal"),
						Map.of(101, unfinished("interrupted by signal"))),
				row("a guest vzdump cannot find fails without a 'Starting' line",
						List.of(JOB, "ERROR: Backup of VM 105 failed - unable to find VM '105'",
								"INFO: Starting Backup of VM 101 (qemu)", "INFO: Finished Backup of VM 101 (00:01:12)",
								"INFO: Backup job finished with errors"),
						Map.of(105, failed("unable to find VM '105'"), 101, ok())),
				row("per-guest log file lines carry a timestamp",
						List.of("2026-11-29 03:00:02 INFO: Starting Backup of VM 102 (qemu)",
								"2026-11-29 03:00:44 INFO: Finished Backup of VM 102 (00:00:42)"),
						Map.of(102, ok())),
				row("unrelated lines and other errors name no guest",
						List.of(JOB, "INFO: skip external VMs: 300, 301",
								"ERROR: job failed with err -28 - No space left on device",
								"Backup of VM 100 failed - not a vzdump line",
								"INFO: some program output mentioning VM 100", "", "TASK ERROR: job errors"),
						Map.of()),
				row("an empty log", List.of(), Map.of()), row("PVE's placeholder for a task log it cannot open",
						List.of("unable to open file - No such file or directory"), Map.of()));
	}

	static Arguments row(String name, List<String> lines, Map<Integer, Outcome> expected) {
		return Arguments.of(name, lines, expected);
	}

	static Outcome ok() {
		return new Outcome(Result.OK, null);
	}

	static Outcome failed(String text) {
		return new Outcome(Result.FAILED, text);
	}

	static Outcome warning(String text) {
		return new Outcome(Result.WARNING, text);
	}

	static Outcome unfinished(String text) {
		return new Outcome(Result.UNFINISHED, text);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void outcomes(String name, List<String> lines, Map<Integer, Outcome> expected) {
		assertThat(VzdumpLog.outcomes(lines)).isEqualTo(new LinkedHashMap<>(expected));
	}

	@ParameterizedTest(name = "{0} is stored as {1}")
	@MethodSource("statuses")
	void statusIsTheInventorysWord(Result result, String status) {
		assertThat(new Outcome(result, null).status().word()).isEqualTo(status);
	}

	static Stream<Arguments> statuses() {
		return Stream.of(Arguments.of(Result.OK, "ok"), Arguments.of(Result.WARNING, "warnings"),
				Arguments.of(Result.FAILED, "failed"), Arguments.of(Result.UNFINISHED, "failed"));
	}

}
