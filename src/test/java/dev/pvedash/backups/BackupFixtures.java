package dev.pvedash.backups;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.pvedash.backups.BackupSource.BackupEntry;
import dev.pvedash.backups.BackupSource.StorageEntry;

/** Puts a small homelab's backups into the store, as a sync would have. */
final class BackupFixtures {

	static final String SCRIPT_NOTES = "<script>alert('x')</script> before update";

	private BackupFixtures() {
	}

	static void homelab(BackupRepository backups, BackupJobRepository jobs, Instant now) {
		backups.replaceStorages("pve",
				List.of(new StorageEntry("local", "dir", false, true, true),
						new StorageEntry("pbs-offsite", "pbs", false, true, true),
						new StorageEntry("usb-backup", "dir", false, false, true)),
				now);
		StoredStorage local = storage(backups, "local");
		StoredStorage pbs = storage(backups, "pbs-offsite");
		backups.listed(pbs, List.of(new BackupEntry("pbs-offsite:backup/vm/101/2026-11-30T03:00:00Z", 101,
				now.minus(Duration.ofDays(1)), 3L << 30, "pbs-vm", SCRIPT_NOTES, true, "ok", false)), now);
		backups.listed(local, List.of(new BackupEntry("local:backup/vzdump-qemu-102-2026_11_30-01_30_04.vma.zst", 102,
				now.minus(Duration.ofDays(1)), 700L << 20, "vma.zst", null, false, null, false)), now);
		backups.failed(storage(backups, "usb-backup"), "SERVER", "storage 'usb-backup' is not online (500)", null);
		jobs.read("storages:pve", now);
		jobs.replaceJobs(List.of(new BackupSource.JobEntry("backup-usb", "sat 02:00", now.plus(Duration.ofDays(2)),
				"usb-backup", List.of(201), false, List.of(), null, true, "USB disk")));
		jobs.read(BackupReader.JOBS, now);
	}

	static StoredStorage storage(BackupRepository backups, String id) {
		return backups.storages("pve").stream().filter(s -> s.storage().equals(id)).findFirst().orElseThrow();
	}

}
