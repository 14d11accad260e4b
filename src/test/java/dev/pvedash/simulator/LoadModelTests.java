package dev.pvedash.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** CPU and memory move with time but repeat exactly for the same seed and clock. */
class LoadModelTests {

	static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	@Test
	@DisplayName("same seed and clock → the same numbers on the wire; uptime grows with the clock")
	void deterministic() {
		MutableClock clock = new MutableClock(NOW);
		try (PveSimulator one = PveSimulator.start(SimulatorProperties.defaults(), clock, null);
				PveSimulator two = PveSimulator.start(SimulatorProperties.defaults(), clock, null)) {
			String path = "/nodes/pve/qemu/102/status/current";
			JsonNode first = new SimulatorClient(one).data(path);
			assertThat(new SimulatorClient(two).data(path)).isEqualTo(first);
			clock.advance(600);
			JsonNode later = new SimulatorClient(one).data(path);
			assertThat(later.get("cpu").asDouble()).isNotEqualTo(first.get("cpu").asDouble());
			assertThat(later.get("uptime").asLong()).isEqualTo(first.get("uptime").asLong() + 600);
			assertThat(later.get("netin").asLong()).isGreaterThan(first.get("netin").asLong());
		}
	}

	/** A clock tests move by hand. */
	static final class MutableClock extends Clock {

		private volatile Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(long seconds) {
			this.now = this.now.plusSeconds(seconds);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

	@Test
	@DisplayName("units (docs/metrics.md, What is sampled): CPU stays a fraction and varies over a day; a stopped guest uses nothing")
	void plausibleValues() {
		Homelab lab = ReferenceHomelab.build(1, 7, 42, NOW.getEpochSecond());
		LoadModel model = new LoadModel(42);
		Guest docker = lab.guest(102);
		double min = 1;
		double max = 0;
		for (long t = NOW.getEpochSecond(); t < NOW.getEpochSecond() + 86_400; t += 600) {
			LoadModel.Usage usage = model.guest(docker, t);
			assertThat(usage.cpu()).isBetween(0.0, 1.0);
			assertThat(usage.mem()).isBetween(0L, docker.maxmem());
			min = Math.min(min, usage.cpu());
			max = Math.max(max, usage.cpu());
		}
		assertThat(max - min).isGreaterThan(0.05);
		assertThat(model.guest(lab.guest(103), NOW.getEpochSecond())).isEqualTo(LoadModel.Usage.STOPPED);
		LoadModel.NodeLoad node = model.node(lab.nodes().get(0), lab.guests(), NOW.getEpochSecond());
		assertThat(node.memUsed()).isLessThan(SimNode.MEM_TOTAL);
		assertThat(node.cpu()).isBetween(0.0, 1.0);
	}

}
