package dev.pvedash.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.pvedash.backups.BackupSource.BackupEntry;
import dev.pvedash.backups.BackupSource.StorageEntry;
import dev.pvedash.proxmox.ProxmoxException.Kind;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.MutableClock;
import dev.pvedash.inventory.TaskState;

/**
 * A backup job over several guests runs one vzdump task that names none: the sync reads
 * its log once and gives each guest its own outcome (docs/backups.md, "Backup jobs over
 * several guests").
 */
class JobTaskSyncTests {

	static final String JOB = "UPID:pve:0000A1B2:00C0FFEE:674BC1A0:vzdump::root@pam:";

	final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T12:00:00Z"));

	final FakeInventory inventory = new FakeInventory();

	final FakeBackupSource pve = new FakeBackupSource();

	final BackupStore store = new BackupStore();

	BackupSync sync;

	@BeforeEach
	void homelab() {
		this.inventory.hosts.add(Homes.host("pve", true));
		Homes.put(this.inventory, Homes.guest(100, "pfsense", false));
		Homes.put(this.inventory, Homes.guest(101, "homeassistant", false));
		this.pve.storages.put("pve", List.of(new StorageEntry("pbs-offsite", "pbs", true, true, true)));
		this.pve.backups.put("pbs-offsite", List.of(backup(100, Duration.ofDays(1)), backup(101, Duration.ofDays(1))));
		this.sync = this.store.sync(this.pve, this.inventory, this.clock);
	}

	BackupEntry backup(int vmid, Duration age) {
		return new BackupEntry("pbs-offsite:backup/vm/" + vmid + "/x", vmid, this.clock.instant().minus(age), 1L << 30,
				"pbs-vm", null, false, "ok", false);
	}

	/** The nightly job over 100 and 101, three hours ago; 100 failed inside it. */
	void nightlyJob(String upid, String exit) {
		Instant started = this.clock.instant().minus(Duration.ofHours(3));
		this.inventory.tasks.add(Homes.vzdump(upid, null, started, started.plusSeconds(300),
				"job errors".equals(exit) ? "failed" : "ok", exit));
	}

	List<String> logReads() {
		return this.pve.calls.stream().filter(c -> c.startsWith("log ")).toList();
	}

	Protection protection() {
		return this.store.protection(this.inventory, this.clock);
	}

	@Test
	void aGuestThatFailedInsideAJobIsAtRiskAndTheOtherOneIsFine() {
		nightlyJob(JOB, "job errors");
		this.pve.logs.put(JOB,
				List.of("INFO: starting new backup job: vzdump 100 101 --storage pbs-offsite",
						"INFO: Starting Backup of VM 100 (qemu)",
						"ERROR: Backup of VM 100 failed - VM 100 qmp command 'backup' failed - got timeout",
						"INFO: Starting Backup of VM 101 (qemu)", "INFO: Finished Backup of VM 101 (00:01:12)",
						"INFO: Backup job finished with errors", "TASK ERROR: job errors"));
		this.sync.check();
		StoredLastTask pfsense = this.store.lastTasks.all().get(100);
		assertThat(pfsense.upid()).isEqualTo(JOB);
		assertThat(pfsense.status()).isEqualTo(TaskState.FAILED);
		assertThat(pfsense.exitStatus()).isEqualTo("VM 100 qmp command 'backup' failed - got timeout");
		assertThat(pfsense.started()).isEqualTo(this.clock.instant().minus(Duration.ofHours(3)));
		assertThat(this.store.lastTasks.all().get(101).status()).isEqualTo(TaskState.OK);
		GuestProtection risk = protection().of(100).orElseThrow();
		assertThat(risk.verdict()).isEqualTo(Verdict.AT_RISK);
		assertThat(risk.messageKey()).isEqualTo("backups.why.at-risk.task-failed");
		assertThat(risk.args()).containsExactly("VM 100 qmp command 'backup' failed - got timeout");
		assertThat(protection().of(101).orElseThrow().verdict()).isEqualTo(Verdict.PROTECTED);
	}

	@Test
	void anAttributedJobIsNeverReadAgain() {
		nightlyJob(JOB, "OK");
		this.pve.logs.put(JOB,
				List.of("INFO: Starting Backup of VM 100 (qemu)", "INFO: Finished Backup of VM 100 (00:00:42)"));
		this.sync.check();
		for (int i = 0; i < 40; i++) {
			this.clock.advance(Duration.ofMinutes(1));
			this.sync.check();
		}
		assertThat(logReads()).containsExactly("log " + JOB + " 0");
		assertThat(this.store.lastTasks.all()).containsOnlyKeys(100);
	}

	@Test
	void aRunningJobIsReadOnlyOnceItEnded() {
		Instant started = this.clock.instant();
		this.inventory.tasks.add(Homes.vzdump(JOB, null, started, null, "running", null));
		this.sync.check();
		assertThat(logReads()).isEmpty();
		this.inventory.tasks.clear();
		nightlyJob(JOB, "OK");
		this.sync.check();
		assertThat(logReads()).hasSize(1);
	}

	@Test
	void aFailedLogReadIsRetriedWithAGrowingBackOff() {
		nightlyJob(JOB, "OK");
		this.pve.logs.put(JOB, FakeBackupSource.failure(Kind.NODE_UNREACHABLE, 595, "no route to host"));
		this.sync.check();
		assertThat(logReads()).hasSize(1);
		this.clock.advance(Duration.ofMinutes(14));
		this.sync.check();
		assertThat(logReads()).as("not on every check").hasSize(1);
		this.clock.advance(Duration.ofMinutes(1));
		this.sync.check();
		assertThat(logReads()).as("after one interval").hasSize(2);
		this.clock.advance(Duration.ofMinutes(29));
		this.sync.check();
		assertThat(logReads()).as("the second wait is twice as long").hasSize(2);
		this.pve.logs.put(JOB,
				List.of("INFO: Starting Backup of VM 101 (qemu)", "INFO: Finished Backup of VM 101 (00:01:12)"));
		this.clock.advance(Duration.ofMinutes(1));
		this.sync.check();
		assertThat(logReads()).hasSize(3);
		assertThat(this.store.lastTasks.all()).containsOnlyKeys(101);
		this.clock.advance(Duration.ofHours(2));
		this.sync.check();
		assertThat(logReads()).hasSize(3);
	}

	@Test
	void aTaskPveNoLongerKnowsIsNotAskedForAgain() {
		nightlyJob(JOB, "OK");
		this.pve.logs.put(JOB, FakeBackupSource.failure(Kind.BAD_REQUEST, 400, "no such task"));
		this.sync.check();
		this.clock.advance(Duration.ofDays(1));
		this.sync.check();
		assertThat(logReads()).hasSize(1);
		assertThat(this.store.lastTasks.all()).isEmpty();
	}

	@Test
	void aNewerSingleGuestTaskWinsOverTheJob() {
		nightlyJob(JOB, "job errors");
		this.pve.logs.put(JOB,
				List.of("INFO: Starting Backup of VM 100 (qemu)", "ERROR: Backup of VM 100 failed - boom"));
		Instant later = this.clock.instant().minus(Duration.ofHours(1));
		this.inventory.tasks.add(Homes.vzdump("UPID:pve:single", 100, later, later.plusSeconds(60), "ok", "OK"));
		this.sync.check();
		assertThat(this.store.lastTasks.all().get(100).upid()).isEqualTo("UPID:pve:single");
	}

	@Test
	void aLongLogIsReadInPagesAndCutAtTheCap() {
		List<String> lines = new ArrayList<>(List.of("INFO: Starting Backup of VM 100 (qemu)",
				"INFO: Finished Backup of VM 100 (00:00:42)", "INFO: Starting Backup of VM 101 (qemu)"));
		while (lines.size() < JobTaskReader.MAX_LINES + 10) {
			lines.add("INFO:  1% (40 MiB of 4.0 GiB) in 1s");
		}
		nightlyJob(JOB, "OK");
		this.pve.logs.put(JOB, lines);
		this.sync.check();
		assertThat(logReads()).containsExactly("log " + JOB + " 0", "log " + JOB + " 5000", "log " + JOB + " 10000",
				"log " + JOB + " 15000");
		// 101's end lies beyond the cut: not known, so not counted as failed
		assertThat(this.store.lastTasks.all()).containsOnlyKeys(100);
	}

}
