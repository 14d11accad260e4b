package dev.pvedash.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

/**
 * Snapshot create/rollback/delete and vzdump, as tasks that lock the guest and change the
 * tree; display names start with the section of docs/pve-backups-and-snapshots.md they
 * check.
 */
class SnapshotAndBackupTests {

	// slower than the other tests so the lock can be seen while the task runs (3 s × 0.1
	// = 300 ms)
	@RegisterExtension
	final SimulatorExtension simulators = new SimulatorExtension(SimulatorProperties.defaults().withTimeScale(0.1));

	PveSimulator simulator;

	SimulatorHttp client;

	@BeforeEach
	void start() {
		this.simulator = this.simulators.simulator();
		this.client = new SimulatorHttp(this.simulator);
	}

	@Test
	@DisplayName("Snapshots: create locks 'snapshot' with snapstate prepare, then the new snapshot is current's parent")
	void create() {
		String upid = this.client
			.post("/nodes/pve/qemu/101/snapshot",
					Map.of("snapname", "before-update", "description", "HA 2025.1", "vmstate", "1"))
			.data()
			.asString();
		assertThat(upid).contains(":qmsnapshot:101:");
		assertThat(this.client.data("/nodes/pve/qemu/101/config").get("lock").asString()).isEqualTo("snapshot");
		JsonNode preparing = ReadEndpointsTests.find(this.client.data("/nodes/pve/qemu/101/snapshot"), "name",
				"before-update");
		assertThat(preparing.get("snapstate").asString()).isEqualTo("prepare");
		assertThat(this.client.statusLine("POST", "/nodes/pve/qemu/101/status/start")).startsWith("HTTP/1.1 200");
		this.client.awaitTask(upid);
		JsonNode list = this.client.data("/nodes/pve/qemu/101/snapshot");
		JsonNode created = ReadEndpointsTests.find(list, "name", "before-update");
		assertThat(created.has("snapstate")).isFalse();
		assertThat(created.get("vmstate").asInt()).isEqualTo(1);
		assertThat(created.get("description").asString()).isEqualTo("HA 2025.1");
		assertThat(created.get("parent").asString()).startsWith("weekly-");
		assertThat(ReadEndpointsTests.find(list, "name", "current").get("parent").asString())
			.isEqualTo("before-update");
		assertThat(this.client.data("/nodes/pve/qemu/101/config").has("lock")).isFalse();
		String again = this.client.post("/nodes/pve/qemu/101/snapshot", Map.of("snapname", "before-update"))
			.data()
			.asString();
		assertThat(this.client.awaitTask(again).get("exitstatus").asString())
			.isEqualTo("snapshot name 'before-update' already used");
	}

	@Test
	@DisplayName("Snapshots: names are checked up front (400 bad format, 500 reserved name)")
	void names() {
		SimulatorHttp.Response bad = this.client.post("/nodes/pve/qemu/101/snapshot", Map.of("snapname", "1st try"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").get("snapname").asString()).contains("invalid configuration ID");
		assertThat(this.client.statusLine("POST", "/nodes/pve/qemu/101/snapshot?snapname=current"))
			.isEqualTo("HTTP/1.1 500 unable to use snapshot name 'current' (reserved name)");
	}

	@Test
	@DisplayName("Snapshots: rollback restores the config, points current at the snapshot and stops the VM unless start=1")
	void rollback() {
		JsonNode list = this.client.data("/nodes/pve/qemu/102/snapshot");
		String newest = ReadEndpointsTests.find(list, "name", "current").get("parent").asString();
		String oldest = ReadEndpointsTests.find(list, "name", newest).get("parent").asString();
		String memoryThen = this.client.data("/nodes/pve/qemu/102/snapshot/" + oldest + "/config")
			.get("memory")
			.asString();
		this.simulator.lab().guest(102).config().put("memory", 12288); // edited in PVE's
																		// UI after the
																		// snapshot
		assertThat(this.client.data("/nodes/pve/qemu/102/config").get("memory").asString()).isEqualTo("12288");
		String upid = this.client.post("/nodes/pve/qemu/102/snapshot/" + oldest + "/rollback", Map.of())
			.data()
			.asString();
		assertThat(upid).contains(":qmrollback:102:");
		assertThat(this.client.data("/nodes/pve/qemu/102/config").get("lock").asString()).isEqualTo("rollback");
		assertThat(this.client.awaitTask(upid).get("exitstatus").asString()).isEqualTo("OK");
		assertThat(ReadEndpointsTests.find(this.client.data("/nodes/pve/qemu/102/snapshot"), "name", "current")
			.get("parent")
			.asString()).isEqualTo(oldest);
		assertThat(this.client.data("/nodes/pve/qemu/102/status/current").get("status").asString())
			.isEqualTo("stopped");
		assertThat(this.client.data("/nodes/pve/qemu/102/config").get("memory").asString()).isEqualTo(memoryThen)
			.isNotEqualTo("12288");
		String started = this.client
			.post("/nodes/pve/lxc/200/snapshot/before-v6-upgrade/rollback", Map.of("start", "1"))
			.data()
			.asString();
		this.client.awaitTask(started);
		assertThat(this.client.data("/nodes/pve/lxc/200/status/current").get("status").asString()).isEqualTo("running");
		String missing = this.client.post("/nodes/pve/qemu/102/snapshot/nope/rollback", Map.of()).data().asString();
		assertThat(this.client.awaitTask(missing).get("exitstatus").asString())
			.isEqualTo("snapshot 'nope' does not exist");
	}

	@Test
	@DisplayName("Snapshots: deleting a middle snapshot re-links its child to its parent")
	void delete() {
		JsonNode list = this.client.data("/nodes/pve/qemu/101/snapshot");
		String newest = ReadEndpointsTests.find(list, "name", "current").get("parent").asString();
		String middle = ReadEndpointsTests.find(list, "name", newest).get("parent").asString();
		String grandparent = ReadEndpointsTests.find(list, "name", middle).get("parent").asString();
		String upid = this.client.delete("/nodes/pve/qemu/101/snapshot/" + middle).data().asString();
		assertThat(upid).contains(":qmdelsnapshot:101:");
		assertThat(this.client.data("/nodes/pve/qemu/101/config").get("lock").asString()).isEqualTo("snapshot-delete");
		this.client.awaitTask(upid);
		JsonNode after = this.client.data("/nodes/pve/qemu/101/snapshot");
		assertThat(SimulatorHttp.texts(after, "name")).doesNotContain(middle).hasSize(4);
		assertThat(ReadEndpointsTests.find(after, "name", newest).get("parent").asString()).isEqualTo(grandparent);
	}

	@Test
	@DisplayName("vzdump: locks 'backup' while writing, then the archive appears in local's backup content")
	void vzdump() {
		int before = this.client.data("/nodes/pve/storage/local/content?content=backup&vmid=102").size();
		SimulatorHttp.Response response = this.client.post("/nodes/pve/vzdump",
				Map.of("vmid", "102", "storage", "local", "mode", "snapshot"));
		String upid = response.data().asString();
		assertThat(upid).matches("UPID:pve:.*:vzdump:102:pvedash@pve!demo:");
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(5))
			.until(() -> "backup"
				.equals(this.client.data("/nodes/pve/qemu/102/status/current").path("lock").asString()));
		assertThat(this.client.awaitTask(upid).get("exitstatus").asString()).isEqualTo("OK");
		JsonNode backups = this.client.data("/nodes/pve/storage/local/content?content=backup&vmid=102");
		assertThat(backups).hasSize(before + 1);
		assertThat(backups.get(0).get("volid").asString()).startsWith("local:backup/vzdump-qemu-102-");
		assertThat(this.client.data("/nodes/pve/qemu/102/status/current").has("lock")).isFalse();
		JsonNode log = this.client.data("/nodes/pve/tasks/" + SimulatorHttp.encode(upid) + "/log");
		assertThat(SimulatorHttp.texts(log, "t")).contains("INFO: Backup job finished successfully", "TASK OK");
		assertThat(
				this.client.post("/nodes/pve/vzdump", Map.of("vmid", "101", "storage", "local-lvm")).data().asString())
			.contains(":vzdump:101:");
	}

}
