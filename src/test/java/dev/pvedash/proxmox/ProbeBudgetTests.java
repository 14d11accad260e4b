package dev.pvedash.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.pvedash.simulator.PveSimulator;
import dev.pvedash.simulator.SimulatorExtension;
import dev.pvedash.simulator.SimulatorProperties;
import dev.pvedash.support.MutableClock;

/**
 * The connection probe costs one request a run once PVE answers: it judges the token by
 * the poller's own {@code /cluster/resources} and reads the version hourly in place of
 * the permissions (docs/polling.md, "Request budget"). Before, every run sent three
 * requests, which pushed one idle minute in five over budget.
 */
class ProbeBudgetTests {

	@RegisterExtension
	final SimulatorExtension simulators = new SimulatorExtension();

	@Test
	void oneRequestARunOnceUp() throws Exception {
		MutableClock clock = new MutableClock(Instant.parse("2026-12-03T10:00:00Z"));
		PveSimulator pve = this.simulators.start(SimulatorProperties.defaults().withPort(0), clock);
		CountingSimulatorClient counting = new CountingSimulatorClient(pve);
		ProxmoxProbe probe = new ProxmoxProbe(counting.client(), counting.connection(), clock);

		probe.probe();
		assertThat(counting.takePaths()).containsExactly("/version", "/cluster/resources", "/access/permissions");

		counting.client().clusterResources(); // the poller's cycle
		counting.takePaths();
		clock.advance(Duration.ofMinutes(5));
		assertThat(probe.probe().isUp()).isTrue();
		assertThat(counting.takePaths()).containsExactly("/access/permissions");

		clock.advance(Duration.ofMinutes(5)); // no poller read since: the probe asks
												// itself
		probe.probe();
		assertThat(counting.takePaths()).containsExactly("/cluster/resources", "/access/permissions");

		counting.client().clusterResources();
		counting.takePaths();
		clock.advance(Duration.ofMinutes(50)); // an hour after the first version read
		ProbeResult hourly = probe.probe();
		assertThat(counting.takePaths()).containsExactly("/version");
		assertThat(hourly.version()).isNotBlank();
		assertThat(hourly.nodes()).isEqualTo(1);
	}

}
