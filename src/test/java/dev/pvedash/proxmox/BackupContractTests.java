package dev.pvedash.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.pvedash.simulator.PveSimulator;
import dev.pvedash.simulator.SimulatorExtension;
import dev.pvedash.simulator.SimulatorProperties;

/**
 * Backups, jobs and snapshot failures: the client against the simulator on a fixed clock,
 * so ages and schedules are exact (docs/pve-backups-and-snapshots.md).
 */
class BackupContractTests {

	static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

	@RegisterExtension
	final SimulatorExtension simulators = new SimulatorExtension();

	PveSimulator simulator;

	ProxmoxClient client;

	void start(String pveVersion) {
		this.simulator = this.simulators.start(
				SimulatorProperties.defaults().withPort(0).withTimeScale(0.02).withPveVersion(pveVersion),
				Clock.fixed(NOW, ZoneOffset.UTC));
		this.client = SimulatorClients.client(this.simulator);
	}

	@Test
	@DisplayName("PBS content: 101 verified a day ago, 100's newest failed verification two days ago, one encrypted")
	void pbsBackups() {
		start("8.2.4");
		List<Backup> ha = this.client.backups("pve", "pbs-offsite", 101);
		assertThat(ha.get(0).volid()).isEqualTo("pbs-offsite:backup/vm/101/2026-11-28T22:14:11Z");
		assertThat(ha.get(0).verification()).isEqualTo("ok");
		assertThat(ha.get(0).encrypted()).isTrue();
		assertThat(ha).extracting(Backup::verification).containsExactly("ok", "ok", "ok", null);
		assertThat(ha).filteredOn(Backup::protection).hasSize(1);
		List<Backup> pfsense = this.client.backups("pve", "pbs-offsite", 100);
		assertThat(pfsense.get(0).ctime()).isEqualTo(Instant.parse("2026-11-28T03:00:02Z"));
		assertThat(pfsense.get(0).verificationFailed()).isTrue();
		assertThat(pfsense.get(0).format()).isEqualTo("pbs-vm");
		assertThat(pfsense.get(1).verification()).isEqualTo("ok");
	}

	@Test
	@DisplayName("jobs: weekly PBS job covering 100 and 101 with next-run, USB job for 201; PVE lists the rest")
	void jobs() {
		start("8.2.4");
		List<BackupJob> jobs = this.client.backupJobs();
		assertThat(jobs).extracting(BackupJob::storage).containsExactly("pbs-offsite", "usb-backup");
		BackupJob offsite = jobs.get(0);
		assertThat(offsite.schedule()).isEqualTo("sat 03:00");
		assertThat(offsite.nextRun()).isEqualTo(Instant.parse("2026-12-05T03:00:00Z"));
		assertThat(offsite.covers(101)).isTrue();
		assertThat(offsite.covers(102)).isFalse();
		assertThat(jobs.get(1).schedule()).isEqualTo("sat 02:00");
		assertThat(jobs.get(1).covers(201)).isTrue();
		assertThat(this.client.notBackedUp()).extracting(UncoveredGuest::vmid).containsExactly(102, 103, 200, 9000);
		assertThat(this.client.notBackedUp().get(2)).isEqualTo(new UncoveredGuest(200, "pihole", GuestType.LXC));
	}

	@Test
	@DisplayName("PVE 6.x jobs carry dow and starttime, which the client joins into a schedule")
	void legacyJobs() {
		start("6.4-15");
		assertThat(this.client.backupJobs().get(0).schedule()).isEqualTo("sat 03:00");
		assertThat(this.client.backupJobs().get(0).nextRun()).isNull();
	}

	@Test
	@DisplayName("vzdump: zstd archive on local, PBS snapshot on pbs-offsite, inactive USB storage fails in the task")
	void vzdump() {
		start("8.2.4");
		assertThat(follow(this.client.backup("pve", 201, "local")).succeeded()).isTrue();
		assertThat(this.client.backups("pve", "local", 201).get(0).volid())
			.isEqualTo("local:backup/vzdump-lxc-201-2026_11_30-12_00_00.tar.zst");
		assertThat(follow(this.client.backup("pve", 102, "pbs-offsite")).succeeded()).isTrue();
		Backup pbs = this.client.backups("pve", "pbs-offsite", 102).get(0);
		assertThat(pbs.volid()).isEqualTo("pbs-offsite:backup/vm/102/2026-11-30T12:00:00Z");
		assertThat(pbs.format()).isEqualTo("pbs-vm");
		Upid usb = this.client.backup("pve", 201, "usb-backup");
		assertThat(usb.type()).isEqualTo("vzdump");
		assertThat(usb.vmid()).isEqualTo(201);
		assertThat(follow(usb).exitStatus().text())
			.isEqualTo("could not activate storage 'usb-backup': storage 'usb-backup' is not online");
		assertThatExceptionOfType(ProxmoxApiException.class)
			.isThrownBy(() -> this.client.backups("pve", "usb-backup", null))
			.satisfies(ex -> assertThat(ex.status()).isEqualTo(500))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo("storage 'usb-backup' is not online"));
		assertThat(this.client.storages("pve")).filteredOn(s -> s.storage().equals("usb-backup"))
			.singleElement()
			.satisfies(s -> assertThat(s.active()).isFalse())
			.satisfies(s -> assertThat(s.enabled()).isTrue())
			.satisfies(s -> assertThat(s.total()).isNull());
	}

	@Test
	@DisplayName("RAM snapshot of the passthrough VM fails, leaving snapstate prepare and the lock; the next action fails in its task")
	void passthroughRamSnapshot() {
		start("8.2.4");
		TaskStatus created = follow(this.client.snapshotCreate("pve", GuestType.QEMU, 100, "with-ram", null, true));
		assertThat(created.exitStatus().text()).contains("savevm-start").contains("VFIO");
		Snapshots snapshots = this.client.snapshots("pve", GuestType.QEMU, 100);
		assertThat(snapshots.snapshots()).singleElement()
			.satisfies(s -> assertThat(s.snapstate()).isEqualTo("prepare"));
		assertThat(snapshots.currentParent()).isNull();
		assertThat(this.client.guestStatus("pve", GuestType.QEMU, 100).lock()).isEqualTo("snapshot");
		TaskStatus deleted = follow(this.client.snapshotDelete("pve", GuestType.QEMU, 100, "with-ram"));
		assertThat(deleted.exitStatus().text()).isEqualTo("VM is locked (snapshot)");
		TaskStatus missing = follow(this.client.snapshotDelete("pve", GuestType.LXC, 200, "nope"));
		assertThat(missing.exitStatus().text()).isEqualTo("snapshot 'nope' does not exist");
	}

	private TaskStatus follow(Upid upid) {
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.client.taskStatus(upid).running());
		return this.client.taskStatus(upid);
	}

}
