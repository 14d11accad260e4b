package dev.pvedash.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.pvedash.backups.GuestFacts.Copy;
import dev.pvedash.backups.GuestFacts.LastTask;
import dev.pvedash.backups.GuestFacts.Unreadable;

/** The verdict rules of docs/protection.md, one row per case. */
class ProtectionRulesTests {

	static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	static final Duration LIMIT = Duration.ofDays(8);

	static Instant ago(Duration age) {
		return NOW.minus(age);
	}

	static Copy pbs(Duration age, String verification) {
		return new Copy("pbs-offsite", true, ago(age), verification);
	}

	static Copy nfs(Duration age) {
		return new Copy("nas-backup", true, ago(age), null);
	}

	static Copy local(Duration age) {
		return new Copy("local", false, ago(age), null);
	}

	static LastTask failedTask(Duration age) {
		return new LastTask(ago(age), true, "job errors");
	}

	static GuestFacts facts(List<Copy> copies, LastTask task, List<Unreadable> unreadable) {
		return new GuestFacts(101, false, copies, task, unreadable, true, LIMIT, false, null);
	}

	static Stream<Arguments> cases() {
		Duration day = Duration.ofDays(1);
		Unreadable usb = new Unreadable("usb-backup", "storage 'usb-backup' is not online (500)");
		Unreadable forbidden = new Unreadable("nas-backup", "Permission check failed (403)");
		return Stream.of(
				row("fresh verified PBS", facts(List.of(pbs(day, "ok")), null, List.of()), Verdict.PROTECTED,
						"protected"),
				row("fresh PBS not verified yet", facts(List.of(pbs(day, null)), null, List.of()), Verdict.PROTECTED,
						"protected"),
				row("fresh NFS", facts(List.of(nfs(day)), null, List.of()), Verdict.PROTECTED, "protected"),
				row("one minute younger than the limit", facts(List.of(nfs(LIMIT.minusMinutes(1))), null, List.of()),
						Verdict.PROTECTED, "protected"),
				row("exactly at the limit is stale", facts(List.of(nfs(LIMIT)), null, List.of()), Verdict.AT_RISK,
						"at-risk.stale"),
				row("fresh PBS wins over an unreadable storage", facts(List.of(pbs(day, "ok")), null, List.of(usb)),
						Verdict.PROTECTED, "protected"),
				row("unreadable storage, no good copy", facts(List.of(local(day)), null, List.of(usb)), Verdict.UNKNOWN,
						"unknown.unreadable"),
				row("forbidden listing, nothing else", facts(List.of(), null, List.of(forbidden)), Verdict.UNKNOWN,
						"unknown.unreadable"),
				row("storages never listed",
						new GuestFacts(101, false, List.of(), null, List.of(), false, LIMIT, false, null),
						Verdict.UNKNOWN, "unknown.not-read"),
				row("nothing at all", facts(List.of(), null, List.of()), Verdict.NOT_PROTECTED, "not-protected"),
				row("failed task newer than the newest good backup",
						facts(List.of(pbs(Duration.ofDays(2), "ok")), failedTask(day), List.of()), Verdict.AT_RISK,
						"at-risk.task-failed"),
				row("failed task older than a good backup",
						facts(List.of(pbs(day, "ok")), failedTask(Duration.ofDays(2)), List.of()), Verdict.PROTECTED,
						"protected"),
				row("failed task and stale NFS: the task first",
						facts(List.of(nfs(Duration.ofDays(9))), failedTask(day), List.of()), Verdict.AT_RISK,
						"at-risk.task-failed"),
				row("failed without a text: a job's guest that did not finish",
						facts(List.of(nfs(Duration.ofDays(2))), new LastTask(ago(day), true, null), List.of()),
						Verdict.AT_RISK, "at-risk.task-unfinished"),
				row("warnings are not a failure",
						facts(List.of(nfs(day)), new LastTask(ago(Duration.ofHours(1)), false, "WARNINGS: 1"),
								List.of()),
						Verdict.PROTECTED, "protected"),
				row("newest PBS failed verification",
						facts(List.of(pbs(day, "failed"), pbs(Duration.ofDays(2), "ok")), null, List.of()),
						Verdict.AT_RISK, "at-risk.verification"),
				row("verification failed beats stale",
						facts(List.of(pbs(Duration.ofDays(20), "failed")), null, List.of()), Verdict.AT_RISK,
						"at-risk.verification"),
				row("stale off-host", facts(List.of(pbs(Duration.ofDays(9), "ok")), null, List.of()), Verdict.AT_RISK,
						"at-risk.stale"),
				row("stale off-host and a fresh local one",
						facts(List.of(local(day), nfs(Duration.ofDays(30))), null, List.of()), Verdict.AT_RISK,
						"at-risk.stale"),
				row("only on this host", facts(List.of(local(day)), null, List.of()), Verdict.AT_RISK,
						"at-risk.on-host"),
				row("PBS marked on this host",
						facts(List.of(new Copy("pbs-offsite", false, ago(day), "ok")), null, List.of()),
						Verdict.AT_RISK, "at-risk.on-host"),
				row("dir marked off this host",
						facts(List.of(new Copy("nas-dir", true, ago(day), null)), null, List.of()), Verdict.PROTECTED,
						"protected"));
	}

	static Arguments row(String name, GuestFacts facts, Verdict verdict, String key) {
		return Arguments.of(name, facts, verdict, "backups.why." + key);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void verdict(String name, GuestFacts facts, Verdict verdict, String key) {
		GuestProtection protection = ProtectionRules.verdict(facts, false, NOW);
		assertThat(protection.verdict()).isEqualTo(verdict);
		assertThat(protection.messageKey()).isEqualTo(key);
		assertThat(protection.excused()).isFalse();
	}

	@Test
	void theSentenceNamesTheStorageAndTheReasonOrAge() {
		Unreadable usb = new Unreadable("usb-backup", "not online (500)");
		assertThat(ProtectionRules.verdict(facts(List.of(), null, List.of(usb)), false, NOW).args())
			.containsExactly("usb-backup", "not online (500)");
		assertThat(ProtectionRules.verdict(facts(List.of(nfs(Duration.ofDays(9))), null, List.of()), false, NOW).args())
			.containsExactly("nas-backup", "9 days", 8L);
		assertThat(ProtectionRules
			.verdict(facts(List.of(nfs(Duration.ofDays(9))), failedTask(Duration.ofDays(1)), List.of()), false, NOW)
			.args()).containsExactly("job errors");
	}

	@Test
	void noBackupNeededKeepsTheVerdictButIsExcused() {
		GuestFacts facts = new GuestFacts(103, false, List.of(), null, List.of(), true, LIMIT, true, "scratch VM");
		GuestProtection protection = ProtectionRules.verdict(facts, false, NOW);
		assertThat(protection.verdict()).isEqualTo(Verdict.NOT_PROTECTED);
		assertThat(protection.excused()).isTrue();
		assertThat(protection.excuse()).isEqualTo("scratch VM");
	}

	@Test
	void templatesAreExcusedOnlyWhenExcluded() {
		GuestFacts template = new GuestFacts(9000, true, List.of(), null, List.of(), true, LIMIT, false, null);
		assertThat(ProtectionRules.verdict(template, false, NOW).excused()).isFalse();
		GuestProtection excluded = ProtectionRules.verdict(template, true, NOW);
		assertThat(excluded.excused()).isTrue();
		assertThat(excluded.verdict()).isEqualTo(Verdict.NOT_PROTECTED);
	}

	@Test
	void perGuestFreshnessOverride() {
		GuestFacts weekly = new GuestFacts(101, false, List.of(nfs(Duration.ofDays(9))), null, List.of(), true,
				Duration.ofDays(14), false, null);
		assertThat(ProtectionRules.verdict(weekly, false, NOW).verdict()).isEqualTo(Verdict.PROTECTED);
	}

	@Test
	void storageKinds() {
		for (String remote : List.of("pbs", "nfs", "cifs", "cephfs", "rbd", "glusterfs")) {
			assertThat(StorageLocation.of(remote, null)).isEqualTo(StorageLocation.OFF_HOST);
			assertThat(StorageLocation.of(remote, StorageLocation.ON_HOST)).isEqualTo(StorageLocation.ON_HOST);
		}
		for (String local : List.of("dir", "lvm", "lvmthin", "zfspool", "btrfs", "esxi", "iscsi", "newkind")) {
			assertThat(StorageLocation.of(local, null)).isEqualTo(StorageLocation.ON_HOST);
		}
		assertThat(StorageLocation.of(null, null)).isEqualTo(StorageLocation.ON_HOST);
		assertThat(StorageLocation.of("dir", StorageLocation.OFF_HOST)).isEqualTo(StorageLocation.OFF_HOST);
	}

}
