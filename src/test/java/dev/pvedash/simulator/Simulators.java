package dev.pvedash.simulator;

import java.time.Clock;
import java.time.Duration;

import org.awaitility.Awaitility;

import tools.jackson.databind.JsonNode;

/**
 * Test fixtures: simulators on a random port with tasks 50× faster, and a wait for a task to finish that
 * polls its status (no fixed sleeps).
 */
final class Simulators {

	/** Task durations × 0.02: a 2 s start takes 40 ms. */
	static final double FAST = 0.02;

	private Simulators() {
	}

	static PveSimulator start() {
		return start(SimulatorProperties.defaults().withTimeScale(FAST));
	}

	static PveSimulator start(SimulatorProperties properties) {
		return PveSimulator.start(properties, Clock.systemUTC(), null);
	}

	/** Polls {@code /nodes/{node}/tasks/{upid}/status} until {@code stopped}; returns the final status. */
	static JsonNode awaitTask(SimulatorClient client, String upid) {
		String node = TaskId.parse(upid).node();
		String path = "/nodes/" + node + "/tasks/" + SimulatorClient.encode(upid) + "/status";
		JsonNode[] last = new JsonNode[1];
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> "stopped".equals((last[0] = client.data(path)).get("status").asString()));
		return last[0];
	}

}
