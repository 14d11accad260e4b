package dev.pvedash.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

/**
 * rrddata of nodes, guests and storages (docs/proxmox-notes.md, Reads; docs/metrics.md).
 */
class RrdTests {

	@RegisterExtension
	static final SimulatorExtension simulators = new SimulatorExtension();

	final PveSimulator simulator;

	final SimulatorHttp client;

	RrdTests(PveSimulator simulator, SimulatorHttp client) {
		this.simulator = simulator;
		this.client = client;
	}

	@Test
	@DisplayName("Reads: ≤ 8 returns 70 points per frame, oldest first, bucket starts a step apart")
	void shape() {
		for (Map.Entry<String, Long> frame : Map
			.of("hour", 60L, "day", 1_800L, "week", 10_800L, "month", 43_200L, "year", 604_800L)
			.entrySet()) {
			JsonNode points = client.data("/nodes/pve/rrddata?timeframe=" + frame.getKey());
			assertThat(points).hasSize(70);
			long step = points.get(1).get("time").asLong() - points.get(0).get("time").asLong();
			assertThat(step).isEqualTo(frame.getValue());
			assertThat(points.get(69).get("time").asLong() % step).isZero();
		}
	}

	@Test
	@DisplayName("Reads: node points carry cpu, memory, swap, root fs and net rates as numbers")
	void nodePoints() {
		JsonNode point = client.data("/nodes/pve/rrddata?timeframe=hour&cf=AVERAGE").get(69);
		assertThat(point.propertyNames()).contains("time", "cpu", "maxcpu", "iowait", "loadavg", "memtotal", "memused",
				"swaptotal", "swapused", "roottotal", "rootused", "netin", "netout");
		assertThat(point.get("memtotal").isNumber()).isTrue();
		assertThat(point.get("cpu").asDouble()).isBetween(0.0, 1.0);
	}

	@Test
	@DisplayName("Reads: a stopped VM's points carry only time, maxcpu, maxmem, maxdisk, disk; running ones the rest")
	void guestPoints() {
		JsonNode stopped = client.data("/nodes/pve/qemu/103/rrddata?timeframe=hour").get(69);
		assertThat(stopped.propertyNames()).containsExactlyInAnyOrder("time", "maxcpu", "maxmem", "maxdisk", "disk");
		JsonNode running = client.data("/nodes/pve/qemu/102/rrddata?timeframe=hour").get(69);
		assertThat(running.propertyNames()).contains("cpu", "mem", "netin", "netout", "diskread", "diskwrite");
		assertThat(running.get("mem").asDouble()).isLessThan(running.get("maxmem").asDouble());
		JsonNode max = client.data("/nodes/pve/qemu/102/rrddata?timeframe=day&cf=MAX").get(10);
		JsonNode average = client.data("/nodes/pve/qemu/102/rrddata?timeframe=day&cf=AVERAGE").get(10);
		assertThat(max.get("cpu").asDouble()).isGreaterThanOrEqualTo(average.get("cpu").asDouble());
	}

	@Test
	@DisplayName("Reads: timeframe is required and checked")
	void parameters() {
		SimulatorHttp.Response missing = client.get("/nodes/pve/rrddata");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("errors").get("timeframe").asString())
			.isEqualTo("property is missing and it is not optional");
		assertThat(client.get("/nodes/pve/rrddata?timeframe=decade").status()).isEqualTo(400);
		assertThat(client.get("/nodes/pve/rrddata?timeframe=hour&cf=MIN").status()).isEqualTo(400);
	}

	@Test
	@DisplayName("Reads: storage rrddata carries used and total, growing towards today's value; PVE 9 layout finer")
	void storagePoints() {
		JsonNode hour = client.data("/nodes/pve/storage/local-lvm/rrddata?timeframe=hour");
		assertThat(hour).hasSize(70);
		assertThat(hour.get(69).propertyNames()).containsExactlyInAnyOrder("time", "used", "total");
		for (String frame : new String[] { "day", "week", "month", "year" }) {
			JsonNode points = client.data("/nodes/pve/storage/local/rrddata?timeframe=" + frame + "&cf=MAX");
			assertThat(points).hasSize(70);
			assertThat(points.get(0).get("used").asDouble()).isLessThanOrEqualTo(
					points.get(69).get("used").asDouble() + 0.01 * points.get(69).get("total").asDouble());
		}
		assertThat(client.get("/nodes/pve/storage/nosuch/rrddata?timeframe=hour").status()).isEqualTo(500);
		PveSimulator nine = simulators.start(SimulatorProperties.defaults().withPveVersion("9.0.3"));
		SimulatorHttp pve9 = new SimulatorHttp(nine);
		assertThat(pve9.data("/nodes/pve/storage/local/rrddata?timeframe=year")).hasSize(1_440);
		assertThat(pve9.data("/nodes/pve/qemu/102/rrddata?timeframe=week")).hasSize(336);
		assertThat(pve9.data("/nodes/pve/rrddata?timeframe=hour").get(59).has("pressurecpusome")).isTrue();
	}

}
