package dev.pvedash.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

/**
 * The per-version wire differences of docs/proxmox-notes.md, Envelope and values and
 * Versions.
 */
class VersionQuirksTests {

	@RegisterExtension
	final SimulatorExtension simulators = new SimulatorExtension();

	@Test
	@DisplayName("PVE 6.x: string vmid/pid, template \"\", LXC lock \"\", 6.4-13 version, no kernel details")
	void pve6() {
		PveSimulator simulator = this.simulators.start(SimulatorProperties.defaults().withPveVersion("6.4-13"));
		SimulatorHttp client = new SimulatorHttp(simulator);
		assertThat(client.data("/version").get("version").asString()).isEqualTo("6.4-13");
		JsonNode qemu = ReadEndpointsTests.find(client.data("/nodes/pve/qemu"), "vmid", "101");
		assertThat(qemu.get("vmid").isString()).isTrue();
		assertThat(qemu.get("pid").isString()).isTrue();
		assertThat(qemu.get("template").asString()).isEmpty();
		JsonNode lxc = ReadEndpointsTests.find(client.data("/nodes/pve/lxc"), "vmid", "200");
		assertThat(lxc.get("vmid").isString()).isTrue();
		assertThat(lxc.get("disk").isString()).isTrue();
		assertThat(lxc.get("maxdisk").isString()).isTrue();
		assertThat(lxc.get("lock").asString()).isEmpty();
		JsonNode resource = ReadEndpointsTests.find(client.data("/cluster/resources?type=vm"), "id", "qemu/101");
		assertThat(resource.get("vmid").isString()).isTrue();
		assertThat(resource.get("template").asString()).isEmpty();
		assertThat(client.data("/cluster/resources?type=node").get(0).has("cgroup-mode")).isFalse();
		assertThat(client.data("/nodes/pve/status").has("current-kernel")).isFalse();
		assertThat(client.data("/nodes/pve/lxc/200/status/current").get("cpus").isString()).isTrue();
		assertThat(client.data("/nodes/pve/qemu/101/config").get("memory").isInt()).isTrue();
	}

	@Test
	@DisplayName("PVE 7.4: ints in the qemu list, template 0/1 in resources, LXC vmid still a string")
	void pve7() {
		PveSimulator simulator = this.simulators.start(SimulatorProperties.defaults().withPveVersion("7.4-16"));
		SimulatorHttp client = new SimulatorHttp(simulator);
		assertThat(client.data("/version").get("version").asString()).isEqualTo("7.4-16");
		assertThat(ReadEndpointsTests.find(client.data("/nodes/pve/qemu"), "vmid", "101").get("vmid").isInt()).isTrue();
		assertThat(ReadEndpointsTests.find(client.data("/nodes/pve/lxc"), "vmid", "200").get("vmid").isString())
			.isTrue();
		JsonNode resource = ReadEndpointsTests.find(client.data("/cluster/resources?type=vm"), "id", "qemu/101");
		assertThat(resource.get("template").isInt()).isTrue();
		assertThat(client.data("/cluster/resources?type=node").get(0).get("cgroup-mode").asInt()).isEqualTo(2);
	}

	@Test
	@DisplayName("PVE 8.4 (Errors): error bodies carry message with a trailing newline")
	void pve84() {
		PveSimulator simulator = this.simulators.start(SimulatorProperties.defaults().withPveVersion("8.4.1"));
		SimulatorHttp.Response response = new SimulatorHttp(simulator).get("/nodes/pve/qemu/999/config");
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.json().get("message").asString())
			.isEqualTo("Configuration file 'nodes/pve/qemu-server/999.conf' does not exist\n");
	}

	@Test
	@DisplayName("PVE 9: memhost and pressure in lists, memory.available, finer RRD, decade for nodes")
	void pve9() {
		PveSimulator simulator = this.simulators.start(SimulatorProperties.defaults().withPveVersion("9.0.3"));
		SimulatorHttp client = new SimulatorHttp(simulator);
		assertThat(client.data("/version").get("version").asString()).isEqualTo("9.0.3");
		JsonNode qemu = ReadEndpointsTests.find(client.data("/nodes/pve/qemu"), "vmid", "101");
		assertThat(qemu.get("memhost").asLong()).isGreaterThan(qemu.get("mem").asLong());
		assertThat(qemu.get("pressurecpusome").isNumber()).isTrue();
		JsonNode lxc = ReadEndpointsTests.find(client.data("/nodes/pve/lxc"), "vmid", "200");
		assertThat(lxc.get("pressurecpusome").isString()).isTrue();
		assertThat(client.data("/nodes/pve/status").get("memory").has("available")).isTrue();
		assertThat(SimulatorHttp.texts(client.data("/cluster/resources"), "type")).contains("network");
		assertThat(client.data("/nodes/pve/rrddata?timeframe=day")).hasSize(1440);
		assertThat(client.data("/nodes/pve/rrddata?timeframe=decade")).hasSize(570);
		assertThat(client.get("/nodes/pve/qemu/101/rrddata?timeframe=decade").status()).isEqualTo(400);
		JsonNode point = client.data("/nodes/pve/qemu/101/rrddata?timeframe=hour").get(59);
		assertThat(point.has("memhost")).isTrue();
	}

}
