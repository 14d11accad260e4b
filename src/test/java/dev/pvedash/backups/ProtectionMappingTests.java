package dev.pvedash.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.pvedash.backups.BackupSource.BackupEntry;
import dev.pvedash.backups.BackupSource.JobEntry;
import dev.pvedash.backups.BackupSource.StorageEntry;
import dev.pvedash.backups.BackupSync.Run;
import dev.pvedash.proxmox.ProxmoxException.Kind;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.MutableClock;

/**
 * The verdicts are judged from a state read once per committed write (docs/polling.md,
 * "Reading what was stored"): a read after a write sees it, reads between writes share
 * one state, and the clock still moves the verdicts without any write.
 */
class ProtectionMappingTests {

	final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T12:00:00Z"));

	final FakeInventory inventory = new FakeInventory();

	final FakeBackupSource pve = new FakeBackupSource();

	final BackupStore store = new BackupStore();

	final BackupStates states = this.store.states();

	final Protection protection = new Protection(this.inventory, this.states, BackupsProperties.defaults(), this.clock);

	BackupSync sync;

	@BeforeEach
	void homelab() {
		this.inventory.hosts.add(Homes.host("pve", true));
		Homes.put(this.inventory, Homes.guest(101, "homeassistant", false));
		Homes.put(this.inventory, Homes.guest(102, "scratch", false));
		Homes.put(this.inventory, Homes.guest(103, "media", false));
		this.pve.storages.put("pve", List.of(new StorageEntry("pbs-offsite", "pbs", true, true, true),
				new StorageEntry("usb-backup", "dir", false, true, true)));
		this.pve.backups.put("pbs-offsite", List.of(new BackupEntry("pbs-offsite:backup/vm/101/2026-11-30T12:00:00Z",
				101, this.clock.instant().minus(Duration.ofDays(1)), 1L << 30, "pbs-vm", null, false, "ok", false)));
		this.pve.backups.put("usb-backup", List.of());
		this.sync = this.store.sync(this.pve, this.inventory, this.clock);
		assertThat(this.sync.check()).isEqualTo(Run.FULL);
	}

	@Test
	void aReadAfterACommittedWriteSeesIt() {
		assertThat(this.protection.summary().counts()).containsEntry(Verdict.PROTECTED, 1L)
			.containsEntry(Verdict.NOT_PROTECTED, 2L);
		// the settings form marks 102 "no backup needed"
		new ProtectionSettings(this.store.settings, event -> {
		}, this.clock).guest(102, null, true, "rebuilt from git", "admin", "127.0.0.1");
		ProtectionSummary marked = this.protection.summary();
		assertThat(marked.counts()).containsEntry(Verdict.NOT_PROTECTED, 1L);
		assertThat(marked.excused()).isEqualTo(1);
		assertThat(this.protection.of(102).orElseThrow().excuse()).isEqualTo("rebuilt from git");
		// the next full sync finds the USB disk gone; a job covering 103 writes to it
		this.pve.jobs = List
			.of(new JobEntry("nightly", "02:00", null, "usb-backup", List.of(103), false, List.of(), null, true, null));
		this.pve.backups.put("usb-backup", FakeBackupSource.failure(Kind.SERVER, 500, "storage is not online"));
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(this.sync.check()).isEqualTo(Run.FULL);
		assertThat(this.protection.of(103).orElseThrow().verdict()).isEqualTo(Verdict.UNKNOWN);
		assertThat(this.protection.summary().counts()).containsEntry(Verdict.UNKNOWN, 1L)
			.containsEntry(Verdict.NOT_PROTECTED, 0L)
			.containsEntry(Verdict.PROTECTED, 1L);
	}

	@Test
	void anUnreadableStorageCountsOnlyForTheGuestsItsJobsCover() {
		// every guest but 102, on a storage that cannot be read
		this.pve.jobs = List
			.of(new JobEntry("all", "02:00", null, "usb-backup", List.of(), true, List.of(102), null, true, null));
		this.pve.backups.put("usb-backup", FakeBackupSource.failure(Kind.SERVER, 500, "storage is not online"));
		this.clock.advance(Duration.ofMinutes(15));
		this.sync.check();
		assertThat(this.protection.of(101).orElseThrow().verdict()).isEqualTo(Verdict.PROTECTED);
		assertThat(this.protection.of(102).orElseThrow().verdict()).isEqualTo(Verdict.NOT_PROTECTED);
		assertThat(this.protection.of(103).orElseThrow().messageKey()).isEqualTo("backups.why.unknown.unreadable");
		assertThat(this.protection.of(103).orElseThrow().args()).containsExactly("usb-backup",
				"storage is not online (500)");
	}

	@Test
	void readsWithoutAWriteShareOneState() {
		ProtectionSummary first = this.protection.summary();
		long loads = this.states.loads();
		long mappings = this.protection.mappings();
		assertThat(loads).isEqualTo(1);
		assertThat(mappings).isEqualTo(1);
		this.protection.summary();
		this.protection.of(101);
		this.protection.all();
		// as /backups asks: the same state, the inventory's guests
		this.protection.all(this.inventory.guests(), this.states.load());
		// a check with nothing due writes nothing
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.sync.check()).isEqualTo(Run.NONE);
		assertThat(this.protection.summary()).isEqualTo(first);
		assertThat(this.states.loads()).isEqualTo(loads);
		assertThat(this.protection.mappings()).isEqualTo(mappings);
	}

	@Test
	void verdictsFollowTheClockWithoutAWrite() {
		// the PBS copy is a day old; the freshness limit is 8 days
		assertThat(this.protection.summary().counts()).containsEntry(Verdict.PROTECTED, 1L);
		this.clock.advance(Duration.ofDays(7).minusSeconds(1));
		assertThat(this.protection.summary().counts()).containsEntry(Verdict.PROTECTED, 1L);
		assertThat(this.protection.of(101).orElseThrow().args()).containsExactly("pbs-offsite", "7 days");
		this.clock.advance(Duration.ofSeconds(1)); // exactly 8 days old: stale
		assertThat(this.protection.summary().counts()).containsEntry(Verdict.PROTECTED, 0L)
			.containsEntry(Verdict.AT_RISK, 1L);
		assertThat(this.protection.of(101).orElseThrow().messageKey()).isEqualTo("backups.why.at-risk.stale");
		this.clock.advance(Duration.ofDays(-2)); // a clock set back judges again
		assertThat(this.protection.summary().counts()).containsEntry(Verdict.PROTECTED, 1L);
		assertThat(this.states.loads()).isEqualTo(1);
	}

}
