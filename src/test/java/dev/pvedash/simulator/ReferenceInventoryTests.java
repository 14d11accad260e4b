package dev.pvedash.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The reference homelab, as a client sees it; display names start with the section of
 * docs/proxmox-notes.md (or docs/pve-backups-and-snapshots.md for snapshots) they check.
 */
@SharedSimulator
class ReferenceInventoryTests {

	static final java.time.format.DateTimeFormatter AUTOSNAP = java.time.format.DateTimeFormatter
		.ofPattern("yyMMddHHmmss")
		.withZone(ZoneOffset.UTC);

	final PveSimulator simulator;

	final SimulatorHttp client;

	ReferenceInventoryTests(PveSimulator simulator, SimulatorHttp client) {
		this.simulator = simulator;
		this.client = client;
	}

	@Test
	@DisplayName("one node, seven guests with the reference names, sizes and states (docs/proxmox-notes.md, Reads)")
	void guests() {
		assertThat(client.data("/nodes")).hasSize(1);
		JsonNode vms = client.data("/cluster/resources?type=vm");
		List<String> rows = new ArrayList<>();
		vms.forEach(vm -> rows.add(vm.get("vmid").asInt() + " " + vm.get("type").asString() + " "
				+ vm.get("name").asString() + " " + vm.get("maxcpu").asInt() + " " + (vm.get("maxmem").asLong() >> 20)
				+ " " + vm.get("status").asString()));
		assertThat(rows).containsExactlyInAnyOrder("100 qemu pfsense 2 2048 running",
				"101 qemu homeassistant 2 4096 running", "102 qemu docker-host 2 6144 running",
				"103 qemu win11-lab 4 8192 stopped", "200 lxc pihole 1 512 running",
				"201 lxc nginx-proxy 1 1024 running", "9000 qemu debian-12-template 2 2048 stopped");
	}

	@Test
	@DisplayName("Reads: starting win11-lab would over-commit: configured RAM of all VMs exceeds the host's 16 GiB")
	void win11OverCommits() {
		long total = client.data("/nodes/pve/status").get("memory").get("total").asLong();
		long running = 0;
		for (JsonNode vm : client.data("/cluster/resources?type=vm")) {
			if (vm.get("status").asString().equals("running") || vm.get("vmid").asInt() == 103) {
				running += vm.get("maxmem").asLong();
			}
		}
		assertThat(running).isGreaterThan(total);
	}

	@Test
	@DisplayName("Snapshots: 101 carries four weekly snapshots a week apart, newest a few days old; 102 the same interleaved with cv4pve-autosnap's")
	void weeklySnapshotChains() {
		long now = System.currentTimeMillis() / 1000;
		for (int vmid : new int[] { 101, 102 }) {
			JsonNode list = client.data("/nodes/pve/qemu/" + vmid + "/snapshot");
			assertThat(list).hasSize((vmid == 101) ? 5 : 7);
			JsonNode current = ReadEndpointsTests.find(list, "name", "current");
			assertThat(current.has("snaptime")).isFalse();
			assertThat(current.has("vmstate")).isFalse();
			List<String> chain = chain(list);
			assertThat(chain).hasSize(list.size() - 1);
			List<Long> weekly = new ArrayList<>();
			long previous = Long.MAX_VALUE;
			for (String name : chain) {
				JsonNode snapshot = ReadEndpointsTests.find(list, "name", name);
				long snaptime = snapshot.get("snaptime").asLong();
				assertThat(snaptime).isLessThan(previous);
				previous = snaptime;
				assertThat(snapshot.get("vmstate").asInt()).isZero();
				if (name.startsWith("auto")) {
					assertThat(name)
						.isEqualTo("autoweekly" + AUTOSNAP.format(java.time.Instant.ofEpochSecond(snaptime)));
					assertThat(snapshot.get("description").asString()).isEqualTo("cv4pve-autosnap");
					continue;
				}
				assertThat(name).isEqualTo(
						"weekly-" + LocalDate.ofInstant(java.time.Instant.ofEpochSecond(snaptime), ZoneOffset.UTC));
				weekly.add(snaptime);
			}
			assertThat(weekly).hasSize(4);
			assertThat(now - weekly.get(0)).isBetween(2 * 86_400L, 5 * 86_400L);
			for (int i = 1; i < weekly.size(); i++) {
				assertThat(weekly.get(i - 1) - weekly.get(i)).isEqualTo(7 * 86_400L);
			}
		}
		assertThat(chain(client.data("/nodes/pve/qemu/102/snapshot")).get(0)).startsWith("autoweekly");
	}

	@Test
	@DisplayName("Snapshots: one manual snapshot on 200, none on 100; 103 has a manual one and a half-made one in snapstate prepare")
	void otherSnapshots() {
		JsonNode pihole = client.data("/nodes/pve/lxc/200/snapshot");
		assertThat(SimulatorHttp.texts(pihole, "name")).containsExactlyInAnyOrder("before-v6-upgrade", "current");
		assertThat(ReadEndpointsTests.find(pihole, "name", "before-v6-upgrade").has("vmstate")).isFalse();
		JsonNode pfsense = client.data("/nodes/pve/qemu/100/snapshot");
		assertThat(pfsense).hasSize(1);
		assertThat(pfsense.get(0).has("parent")).isFalse();
		assertThat(pfsense.get(0).get("description").asString()).isEqualTo("You are here!");
		JsonNode win11 = client.data("/nodes/pve/qemu/103/snapshot");
		assertThat(SimulatorHttp.texts(win11, "name")).containsExactlyInAnyOrder("clean-install", "before-kb-update",
				"current");
		JsonNode halfMade = ReadEndpointsTests.find(win11, "name", "before-kb-update");
		assertThat(halfMade.get("snapstate").asString()).isEqualTo("prepare");
		assertThat(halfMade.get("parent").asString()).isEqualTo("clean-install");
		assertThat(ReadEndpointsTests.find(win11, "name", "current").get("parent").asString())
			.isEqualTo("clean-install");
		JsonNode failed = client.get("/nodes/pve/tasks?vmid=103&typefilter=qmsnapshot&errors=1").data();
		assertThat(failed).hasSize(1);
		assertThat(failed.get(0).get("status").asString()).contains("Cannot create new thin volume");
	}

	@Test
	@DisplayName("Tasks: the task history has the nightly vzdump jobs and the boot-time starts, newest first")
	void taskHistory() {
		SimulatorHttp.Response response = client.get("/nodes/pve/tasks?limit=500");
		JsonNode tasks = response.data();
		assertThat(response.json().get("total").asInt()).isEqualTo(tasks.size());
		assertThat(SimulatorHttp.texts(tasks, "type")).contains("vzdump", "qmsnapshot", "startall", "qmstart",
				"vzstart");
		assertThat(tasks.get(0).get("starttime").asLong())
			.isGreaterThanOrEqualTo(tasks.get(1).get("starttime").asLong());
		assertThat(tasks.get(0).get("status").asString()).isEqualTo("OK");
		// three weekly PBS runs, the manual 101, 102 alone and with 103 (103 failed), two
		// of 200 (one failed), the USB run
		assertThat(client.get("/nodes/pve/tasks?typefilter=vzdump").json().get("total").asInt()).isEqualTo(9);
	}

	/** From current's parent back to the root. */
	static List<String> chain(JsonNode list) {
		List<String> names = new ArrayList<>();
		JsonNode current = ReadEndpointsTests.find(list, "name", "current");
		String name = current.has("parent") ? current.get("parent").asString() : null;
		while (name != null) {
			names.add(name);
			JsonNode snapshot = ReadEndpointsTests.find(list, "name", name);
			name = snapshot.has("parent") ? snapshot.get("parent").asString() : null;
		}
		return names;
	}

}
