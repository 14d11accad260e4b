package dev.pvedash.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * PBS backup items, backup jobs and not-backed-up as PVE sends them
 * (docs/pve-backups-and-snapshots.md).
 */
class BackupMappingTests {

	final FixturePveHttp pve = new FixturePveHttp();

	final ProxmoxClient client = this.pve.client();

	// PBS content: verification is an object, encrypted a fingerprint or 1, numbers may
	// be strings
	@Test
	void pbsBackups() {
		this.pve.answer("GET", "/nodes/pve/storage/offsite/content", "pve8/storage-content-pbs.json");
		List<Backup> backups = this.client.backups("pve", "offsite", null);
		assertThat(backups).extracting("vmid", "format", "verification", "encrypted", "protection")
			.containsExactly(tuple(101, "pbs-vm", "ok", false, false), tuple(100, "pbs-vm", "failed", true, false),
					tuple(200, "pbs-ct", null, true, true));
		assertThat(backups).extracting(Backup::verificationFailed).containsExactly(false, true, false);
		assertThat(backups.get(0).ctime()).isEqualTo(Instant.parse("2026-11-29T03:00:02Z"));
		assertThat(backups.get(1).size()).isEqualTo(2_147_483_648L);
	}

	@Test
	void verificationOfAnotherShapeIsAProtocolError() {
		assertThatExceptionOfType(ProxmoxException.class)
			.isThrownBy(() -> Backup.from(FixturePveHttp.json("{\"volid\":\"x\",\"verification\":\"ok\"}")))
			.satisfies(ex -> assertThat(ex.kind()).isEqualTo(ProxmoxException.Kind.PROTOCOL));
	}

	// enabled absent = on; vmid as number or comma list; prune-backups as string or
	// object
	@Test
	void backupJobs() {
		this.pve.answer("GET", "/cluster/backup", "pve8/cluster-backup.json");
		List<BackupJob> jobs = this.client.backupJobs();
		BackupJob weekly = jobs.get(0);
		assertThat(weekly).isEqualTo(new BackupJob("backup-5e1f0c2a-7d3b", true, "sun 03:00",
				Instant.parse("2026-12-06T03:00:00Z"), "offsite", Set.of(100, 101), false, Set.of(), null, "snapshot",
				"keep-daily=7,keep-weekly=4", "offsite, weekly"));
		BackupJob usb = jobs.get(1);
		assertThat(usb.enabled()).isTrue();
		assertThat(usb.vmids()).containsExactly(201);
		assertThat(usb.nextRun()).isNull();
		assertThat(usb.pruneBackups()).isEqualTo("keep-last=3");
		BackupJob all = jobs.get(2);
		assertThat(all.enabled()).isFalse();
		assertThat(all.exclude()).containsExactly(9000, 103);
		assertThat(all.pool()).isEqualTo("lab");
		assertThat(this.pve.lastCall().params()).isEqualTo(Map.of());
	}

	// covers: enabled and listed, or all and not excluded; pool jobs only for listed
	// guests
	@Test
	void covers() {
		BackupJob listed = job(true, Set.of(100, 101), false, Set.of(), null);
		assertThat(listed.covers(101)).isTrue();
		assertThat(listed.covers(102)).isFalse();
		assertThat(job(false, Set.of(101), false, Set.of(), null).covers(101)).isFalse();
		BackupJob all = job(true, Set.of(), true, Set.of(9000), null);
		assertThat(all.covers(102)).isTrue();
		assertThat(all.covers(9000)).isFalse();
		assertThat(job(true, Set.of(), false, Set.of(), "lab").covers(103)).isFalse();
	}

	// PVE 6.x jobs had dow + starttime instead of schedule, and no next-run
	@Test
	void legacyJobs() {
		this.pve.answer("GET", "/cluster/backup", "pve6/cluster-backup.json");
		BackupJob job = this.client.backupJobs().get(0);
		assertThat(job.schedule()).isEqualTo("mon,wed,fri 02:30");
		assertThat(job.enabled()).isTrue();
		assertThat(job.covers(101)).isTrue();
	}

	@Test
	void notBackedUp() {
		this.pve.answer("GET", "/cluster/backup-info/not-backed-up", "pve8/not-backed-up.json");
		assertThat(this.client.notBackedUp()).containsExactly(new UncoveredGuest(103, "win11-lab", GuestType.QEMU),
				new UncoveredGuest(200, null, GuestType.LXC),
				new UncoveredGuest(9000, "debian-12-template", GuestType.QEMU));
	}

	// a release without the endpoint answers 501, which the caller can tell apart from a
	// failure
	@Test
	void missingEndpointIsNotImplemented() {
		assertThatExceptionOfType(ProxmoxException.class).isThrownBy(() -> this.client.notBackedUp())
			.satisfies(ex -> assertThat(ex.status()).isEqualTo(501))
			.satisfies(ex -> assertThat(ex.notImplemented()).isTrue())
			.satisfies(ex -> assertThat(ex.kind()).isEqualTo(ProxmoxException.Kind.SERVER));
	}

	private static BackupJob job(boolean enabled, Set<Integer> vmids, boolean all, Set<Integer> exclude, String pool) {
		return new BackupJob("backup-x", enabled, "daily", null, "local", vmids, all, exclude, pool, null, null, null);
	}

}
