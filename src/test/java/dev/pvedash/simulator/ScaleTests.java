package dev.pvedash.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class ScaleTests {

	@Test
	@DisplayName("3 nodes and 2,000 guests: a quorate cluster, every guest in /cluster/resources")
	void threeNodesTwoThousandGuests() {
		try (PveSimulator simulator = Simulators.start(SimulatorProperties.defaults().withScale(3, 2000))) {
			SimulatorClient client = new SimulatorClient(simulator);
			JsonNode vms = client.data("/cluster/resources?type=vm");
			assertThat(vms).hasSize(2000);
			Set<String> nodes = new HashSet<>();
			Set<Integer> vmids = new HashSet<>();
			vms.forEach(vm -> {
				nodes.add(vm.get("node").asString());
				vmids.add(vm.get("vmid").asInt());
			});
			assertThat(nodes).containsExactlyInAnyOrder("pve", "pve2", "pve3");
			assertThat(vmids).hasSize(2000).contains(100, 9000, 1000, 2992);
			assertThat(SimulatorClient.texts(client.data("/nodes"), "node")).containsExactly("pve", "pve2", "pve3");
			JsonNode status = client.data("/cluster/status");
			assertThat(status).hasSize(4);
			assertThat(status.get(0).get("type").asString()).isEqualTo("cluster");
			assertThat(status.get(0).get("quorate").asInt()).isEqualTo(1);
			// local and local-lvm on each node, the three backup storages on the first
			assertThat(client.data("/cluster/resources?type=storage")).hasSize(9);
			assertThat(client.data("/nodes/pve2/qemu").size() + client.data("/nodes/pve2/lxc").size()).isBetween(600, 700);
			assertThat(client.data("/nodes/pve3/status").get("cpu").asDouble()).isBetween(0.0, 1.0);
		}
	}

	@Test
	@DisplayName("scale knob: fewer than seven guests keeps the first reference guests")
	void fewerGuests() {
		try (PveSimulator simulator = Simulators.start(SimulatorProperties.defaults().withScale(1, 3))) {
			assertThat(SimulatorClient.texts(new SimulatorClient(simulator).data("/cluster/resources?type=vm"), "name"))
				.containsExactly("pfsense", "homeassistant", "docker-host");
		}
	}

}
