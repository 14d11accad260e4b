package dev.pvedash.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference homelab's backups, one protection case per guest
 * (docs/pve-backups-and-snapshots.md); display names start with the section of
 * docs/proxmox-notes.md they check.
 */
@SharedSimulator
class ReferenceBackupsTests {

	final PveSimulator simulator;

	final SimulatorHttp client;

	ReferenceBackupsTests(PveSimulator simulator, SimulatorHttp client) {
		this.simulator = simulator;
		this.client = client;
	}

	@Test
	@DisplayName("Reads, storage content: local holds only 102's vzdump archives, the newest a day old")
	void localBackups() {
		JsonNode backups = client.data("/nodes/pve/storage/local/content?content=backup");
		assertThat(backups).hasSize(2);
		long now = System.currentTimeMillis() / 1000;
		long newest = 0;
		for (JsonNode backup : backups) {
			assertThat(backup.get("vmid").asInt()).isEqualTo(102);
			assertThat(backup.get("volid").asString()).matches("local:backup/vzdump-qemu-102-.+\\.vma\\.zst");
			assertThat(backup.has("verification")).isFalse();
			newest = Math.max(newest, backup.get("ctime").asLong());
		}
		assertThat((now - newest) / 86_400).isEqualTo(1);
		assertThat(client.data("/nodes/pve/storage/local-lvm/content?content=images")).isNotEmpty();
	}

	@Test
	@DisplayName("Reads, storage content: PBS backups of 100 and 101 with verification states, one protected, one encrypted")
	void pbsBackups() {
		long now = System.currentTimeMillis() / 1000;
		JsonNode backups = client.data("/nodes/pve/storage/pbs-offsite/content?content=backup");
		assertThat(backups).hasSize(7).allSatisfy(backup -> {
			assertThat(backup.get("volid").asString())
				.matches("pbs-offsite:backup/vm/10[01]/\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
			assertThat(backup.get("format").asString()).isEqualTo("pbs-vm");
		});
		JsonNode ha = newestFirst(client.data("/nodes/pve/storage/pbs-offsite/content?content=backup&vmid=101"));
		assertThat((now - ha.get(0).get("ctime").asLong()) / 86_400).isEqualTo(1);
		assertThat(ha.get(0).get("verification").get("state").asString()).isEqualTo("ok");
		assertThat(ha.get(0).get("verification").get("upid").asString()).startsWith("UPID:pbs:");
		assertThat(ha.get(0).get("encrypted").asString()).contains(":");
		assertThat(ha.get(2).get("protected").asInt()).isEqualTo(1);
		assertThat(ha.get(3).has("verification")).isFalse();
		JsonNode pfsense = newestFirst(client.data("/nodes/pve/storage/pbs-offsite/content?content=backup&vmid=100"));
		assertThat((now - pfsense.get(0).get("ctime").asLong()) / 86_400).isEqualTo(2);
		assertThat(pfsense.get(0).get("verification").get("state").asString()).isEqualTo("failed");
		assertThat(pfsense.get(1).get("verification").get("state").asString()).isEqualTo("ok");
		assertThat(now - pfsense.get(1).get("ctime").asLong()).isGreaterThan(8 * 86_400L);
	}

	@Test
	@DisplayName("Reads, storage content: 200's only archive is on NFS, twelve days old, and its latest vzdump failed")
	void nfsBackupAndFailedRun() {
		long now = System.currentTimeMillis() / 1000;
		JsonNode nfs = client.data("/nodes/pve/storage/nas-backup/content?content=backup");
		assertThat(nfs).hasSize(1);
		assertThat(nfs.get(0).get("volid").asString()).startsWith("nas-backup:backup/vzdump-lxc-200-")
			.endsWith(".tar.zst");
		assertThat((now - nfs.get(0).get("ctime").asLong()) / 86_400).isEqualTo(12);
		JsonNode runs = client.data("/nodes/pve/tasks?vmid=200&typefilter=vzdump");
		assertThat(runs.get(0).get("status").asString()).isEqualTo("job errors");
		JsonNode log = client
			.data("/nodes/pve/tasks/" + SimulatorHttp.encode(runs.get(0).get("upid").asString()) + "/log");
		assertThat(SimulatorHttp.texts(log, "t")).anyMatch(line -> line.startsWith("ERROR: Backup of VM 200 failed - "))
			.contains("TASK ERROR: job errors");
		assertThat(runs.get(1).get("status").asString()).isEqualTo("OK");
	}

	@Test
	@DisplayName("Tasks, log: a run over several guests has an empty id and names each guest's outcome in its log")
	void multiGuestRunsNameEachGuestInTheirLog() {
		JsonNode runs = client.data("/nodes/pve/tasks?typefilter=vzdump&limit=50");
		List<JsonNode> multi = new ArrayList<>();
		runs.forEach(run -> {
			if (run.get("id").asString().isEmpty()) {
				multi.add(run);
			}
		});
		assertThat(multi).isNotEmpty();
		for (JsonNode run : multi) {
			List<String> log = SimulatorHttp.texts(
					client.data(
							"/nodes/pve/tasks/" + SimulatorHttp.encode(run.get("upid").asString()) + "/log?limit=5000"),
					"t");
			assertThat(log).filteredOn(line -> line.startsWith("INFO: Starting Backup of VM ")).hasSizeGreaterThan(1);
		}
		JsonNode byHand = multi.stream()
			.filter(run -> run.get("status").asString().equals("job errors"))
			.findFirst()
			.orElseThrow();
		List<String> log = SimulatorHttp.texts(
				client.data(
						"/nodes/pve/tasks/" + SimulatorHttp.encode(byHand.get("upid").asString()) + "/log?limit=5000"),
				"t");
		assertThat(log)
			.contains("INFO: Starting Backup of VM 102 (qemu)", "INFO: Backup job finished with errors",
					"TASK ERROR: job errors")
			.anyMatch(line -> line.startsWith("INFO: Finished Backup of VM 102 ("))
			.anyMatch(line -> line.startsWith("ERROR: Backup of VM 103 failed - "));
	}

	@Test
	@DisplayName("backup jobs: weekly PBS job for 100 and 101, USB job for 201; the rest is not backed up by any job")
	void backupJobs() {
		long now = System.currentTimeMillis() / 1000;
		JsonNode jobs = client.data("/cluster/backup");
		assertThat(SimulatorHttp.texts(jobs, "storage")).containsExactly("pbs-offsite", "usb-backup");
		assertThat(jobs.get(0).get("vmid").asString()).isEqualTo("100,101");
		assertThat(jobs.get(0).get("schedule").asString()).matches("(mon|tue|wed|thu|fri|sat|sun) 03:00");
		assertThat(jobs.get(0).get("next-run").asLong()).isBetween(now + 4 * 86_400L, now + 5 * 86_400L);
		assertThat(jobs.get(1).get("schedule").asString()).isEqualTo("sat 02:00");
		assertThat(jobs.get(1).get("vmid").asString()).isEqualTo("201");
		JsonNode uncovered = client.data("/cluster/backup-info/not-backed-up");
		assertThat(SimulatorHttp.texts(uncovered, "name")).containsExactlyInAnyOrder("docker-host", "win11-lab",
				"pihole", "debian-12-template");
		assertThat(ReadEndpointsTests.find(uncovered, "vmid", "200").get("type").asString()).isEqualTo("lxc");
	}

	private static JsonNode newestFirst(JsonNode backups) {
		List<JsonNode> items = new ArrayList<>();
		backups.forEach(items::add);
		items.sort(Comparator.comparingLong((JsonNode b) -> b.get("ctime").asLong()).reversed());
		return JsonMapper.shared().valueToTree(items);
	}

}
