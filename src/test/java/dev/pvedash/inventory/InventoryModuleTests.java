package dev.pvedash.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import dev.pvedash.proxmox.CountingSimulatorClient;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.ProxmoxConnection;
import dev.pvedash.proxmox.TokenCheck;
import dev.pvedash.simulator.PveSimulator;
import dev.pvedash.simulator.SimulatorProperties;
import dev.pvedash.support.MutableClock;

/**
 * The inventory module alone, its poller reading the simulator over real HTTPS with the
 * real client: a cycle publishes {@link CyclePolled} with what it read, and a refusal is
 * announced once per change of its kind (docs/polling.md; docs/security.md F5).
 */
@ApplicationModuleTest
class InventoryModuleTests {

	@Autowired
	Poller poller;

	@Autowired
	StoredInventory inventory;

	@Autowired
	PveSimulator simulator;

	@Autowired
	MutableClock clock;

	@Test
	void aCyclePublishesWhatItRead(Scenario scenario) {
		scenario.stimulate(() -> {
			this.clock.advance(Duration.ofSeconds(60)); // the node status is due again
														// whatever ran before
			this.poller.cycle();
		}).andWaitForEventOfType(CyclePolled.class).toArriveAndVerify((cycle) -> {
			assertThat(cycle.at()).isEqualTo(this.clock.instant());
			assertThat(cycle.resources().nodes()).singleElement()
				.satisfies((node) -> assertThat(node.online()).isTrue());
			assertThat(cycle.resources().guests()).hasSize(7);
			assertThat(cycle.resources().storages()).isNotEmpty();
			assertThat(cycle.nodeStatus()).containsKey("pve");
			assertThat(cycle.unreachable()).isEmpty();
		});
	}

	@Test
	void aRevokedTokenIsAnnouncedOnceHoweverManyCyclesFailAndItsEndOnce(Scenario scenario) {
		this.poller.cycle();
		this.simulator.faults().revokeToken();
		scenario.stimulate(() -> {
			for (int cycle = 0; cycle < 4; cycle++) {
				this.clock.advance(Duration.ofSeconds(60));
				this.poller.cycle();
			}
		})
			.andWaitForStateChange(() -> this.inventory.endpoint().failing(), (failing) -> failing)
			.andVerifyEvents((events) -> assertThat(events.ofType(EndpointChanged.class))
				.extracting(EndpointChanged::errorKind, EndpointChanged::previousKind)
				.containsExactly(tuple("AUTHENTICATION", null)));
		this.simulator.faults().reset();
		// a Scenario records the events of the whole test method: both changes, in order
		scenario.stimulate(() -> {
			this.clock.advance(Duration.ofSeconds(60));
			this.poller.cycle();
			this.poller.cycle();
		})
			.andWaitForStateChange(() -> this.inventory.endpoint().failing(), (failing) -> !failing)
			.andVerifyEvents((events) -> assertThat(events.ofType(EndpointChanged.class))
				.extracting(EndpointChanged::errorKind, EndpointChanged::previousKind)
				.containsExactly(tuple("AUTHENTICATION", null), tuple(null, "AUTHENTICATION")));
	}

	/**
	 * What the module takes from others: the client and connection of {@code proxmox},
	 * the clock of {@code system}.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Outside {

		@Bean(destroyMethod = "close")
		PveSimulator simulator() {
			return PveSimulator.start(SimulatorProperties.defaults().withPort(0).withTimeScale(0.02), Clock.systemUTC(),
					null);
		}

		@Bean
		CountingSimulatorClient pve(PveSimulator simulator) {
			return new CountingSimulatorClient(simulator);
		}

		@Bean
		ProxmoxClient proxmoxClient(CountingSimulatorClient pve) {
			return pve.client();
		}

		@Bean
		ProxmoxConnection proxmoxConnection(CountingSimulatorClient pve) {
			return pve.connection();
		}

		@Bean
		TokenCheck tokenCheck() {
			return List::of;
		}

		@Bean
		MutableClock clock() {
			return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		}

	}

}
