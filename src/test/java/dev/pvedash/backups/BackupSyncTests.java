package dev.pvedash.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.pvedash.guests.ActionState;
import dev.pvedash.guests.GuestAction;
import dev.pvedash.backups.BackupSource.BackupEntry;
import dev.pvedash.backups.BackupSource.StorageEntry;
import dev.pvedash.backups.BackupSync.Run;
import dev.pvedash.guests.GuestActionEnded;
import dev.pvedash.proxmox.ProxmoxException.Kind;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.MutableClock;
import dev.pvedash.inventory.TaskState;

/** When the sync reads PVE and what it keeps when a read fails (docs/backups.md). */
class BackupSyncTests {

	final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T12:00:00Z"));

	final FakeInventory inventory = new FakeInventory();

	final FakeBackupSource pve = new FakeBackupSource();

	final BackupStore store = new BackupStore();

	BackupSync sync;

	@BeforeEach
	void homelab() {
		this.inventory.hosts.add(Homes.host("pve", true));
		Homes.put(this.inventory, Homes.guest(101, "homeassistant", false));
		this.pve.storages.put("pve",
				List.of(new StorageEntry("local", "dir", false, true, true),
						new StorageEntry("pbs-offsite", "pbs", true, true, true),
						new StorageEntry("usb-backup", "dir", false, false, true)));
		this.pve.backups.put("pbs-offsite",
				List.of(backup("pbs-offsite:backup/vm/101/2026-11-30T03:00:00Z", 101, "ok")));
		this.pve.backups.put("usb-backup",
				FakeBackupSource.failure(Kind.SERVER, 500, "storage 'usb-backup' is not online"));
		this.sync = this.store.sync(this.pve, this.inventory, this.clock);
	}

	BackupEntry backup(String volid, int vmid, String verification) {
		return new BackupEntry(volid, vmid, this.clock.instant().minus(Duration.ofDays(1)), 1L << 30, "pbs-vm", null,
				false, verification, false);
	}

	@Test
	void readsAtStartThenOnlyEveryInterval() {
		assertThat(this.sync.check()).isEqualTo(Run.FULL);
		assertThat(this.pve.calls).containsExactly("storages pve", "backups pve local", "backups pve pbs-offsite",
				"backups pve usb-backup", "jobs", "uncovered");
		this.pve.calls.clear();
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(this.sync.check()).isEqualTo(Run.NONE);
		assertThat(this.pve.calls).isEmpty();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.sync.check()).isEqualTo(Run.FULL);
	}

	@Test
	void waitsForThePollerToKnowTheNodes() {
		this.inventory.hosts.clear();
		assertThat(this.sync.check()).isEqualTo(Run.NONE);
		assertThat(this.pve.calls).isEmpty();
	}

	@Test
	void anUnreadableStorageKeepsItsLastListingAndSaysWhy() {
		this.pve.backups.put("usb-backup", List.of(backup("usb-backup:backup/vzdump-qemu-101.vma.zst", 101, null)));
		this.sync.check();
		this.pve.backups.put("usb-backup",
				FakeBackupSource.failure(Kind.SERVER, 500, "storage 'usb-backup' is not online"));
		this.clock.advance(Duration.ofMinutes(15));
		this.sync.check();
		StoredStorage usb = this.store.backups.storages("pve")
			.stream()
			.filter(s -> s.storage().equals("usb-backup"))
			.findFirst()
			.orElseThrow();
		assertThat(usb.error()).isEqualTo("storage 'usb-backup' is not online (500)");
		assertThat(usb.readAt()).isEqualTo(Instant.parse("2026-12-01T12:00:00Z"));
		assertThat(this.store.backups.copies(101)).extracting(StoredCopy::storage)
			.contains("usb-backup", "pbs-offsite");
		GuestProtection verdict = this.store.protection(this.inventory, this.clock).of(101).orElseThrow();
		assertThat(verdict.verdict()).isEqualTo(Verdict.PROTECTED); // a fresh verified
																	// PBS copy is known
																	// for sure
	}

	@Test
	void forbiddenAndMissingEndpointsWaitForTheNextFullRun() {
		this.pve.backups.put("local", FakeBackupSource.failure(Kind.PERMISSION, 403, "Permission check failed"));
		this.pve.jobs = FakeBackupSource.failure(Kind.SERVER, 501, "Method 'GET /cluster/backup' not implemented");
		this.sync.check();
		this.pve.calls.clear();
		endedVzdump("UPID:pve:1", 101);
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.sync.check()).isEqualTo(Run.TRIGGERED);
		assertThat(this.pve.calls).doesNotContain("backups pve local", "jobs").contains("backups pve pbs-offsite");
		this.clock.advance(Duration.ofMinutes(15));
		this.pve.calls.clear();
		assertThat(this.sync.check()).isEqualTo(Run.FULL);
		assertThat(this.pve.calls).contains("backups pve local", "jobs");
	}

	@Test
	void anEndedVzdumpTriggersOneReadAndIsKeptAsTheGuestsLastTask() {
		this.sync.check();
		this.clock.advance(Duration.ofMinutes(2));
		Instant started = this.clock.instant();
		this.inventory.tasks.add(Homes.vzdump("UPID:pve:2", 101, started, null, "running", null));
		this.inventory.tasks.add(Homes.vzdump("UPID:pve:3", null, started, null, "running", null));
		assertThat(this.sync.check()).isEqualTo(Run.NONE);
		this.inventory.tasks.clear();
		this.clock.advance(Duration.ofMinutes(3));
		this.inventory.tasks
			.add(Homes.vzdump("UPID:pve:2", 101, started, this.clock.instant(), "failed", "job errors"));
		assertThat(this.sync.check()).isEqualTo(Run.TRIGGERED);
		assertThat(this.sync.check()).isEqualTo(Run.NONE);
		StoredLastTask last = this.store.lastTasks.all().get(101);
		assertThat(last.upid()).isEqualTo("UPID:pve:2");
		assertThat(last.status()).isEqualTo(TaskState.FAILED);
		assertThat(last.exitStatus()).isEqualTo("job errors");
		assertThat(this.store.lastTasks.all()).containsOnlyKeys(101);
	}

	@Test
	void theDashboardsOwnBackupRereadsThatStorageSoon() {
		this.sync.check();
		this.pve.calls.clear();
		this.sync
			.backupEnded(new GuestActionEnded(1, this.clock.instant(), "op", "127.0.0.1", "pve", 101, "homeassistant",
					GuestAction.BACKUP, "pbs-offsite", "UPID:pve:9", ActionState.OK, null, Duration.ofMinutes(1)));
		assertThat(this.sync.check()).isEqualTo(Run.NONE);
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(this.sync.check()).isEqualTo(Run.STORAGE);
		assertThat(this.pve.calls).containsExactly("backups pve pbs-offsite");
	}

	@Test
	void storagesOfAnOfflineNodeAreUnreadable() {
		this.sync.check();
		this.inventory.hosts.set(0, Homes.host("pve", false));
		this.clock.advance(Duration.ofMinutes(15));
		this.pve.calls.clear();
		this.sync.check();
		assertThat(this.pve.calls).containsExactly("jobs", "uncovered");
		assertThat(this.store.backups.storages("pve")).filteredOn(s -> !s.shared())
			.allSatisfy(s -> assertThat(s.error()).isEqualTo("node pve is offline"));
	}

	void endedVzdump(String upid, int vmid) {
		this.inventory.tasks.add(Homes.vzdump(upid, vmid, this.clock.instant().minusSeconds(60), this.clock.instant(),
				"failed", "job errors"));
	}

}
