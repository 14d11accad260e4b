package dev.pvedash.inventory;

import dev.pvedash.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

import dev.pvedash.proxmox.CountingSimulatorClient;
import dev.pvedash.simulator.PveSimulator;
import dev.pvedash.simulator.SimulatorExtension;
import dev.pvedash.simulator.SimulatorProperties;

/**
 * docs/polling.md, Request budget: calls per cycle do not grow with the number of guests
 * (3 nodes, 2000 guests).
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ InventoryReader.class, InventoryWriter.class, InventoryVersion.class })
class PollerScaleTests {

	@Autowired
	InventoryReader reader;

	@Autowired
	InventoryWriter writer;

	@Autowired
	PlatformTransactionManager transactions;

	@RegisterExtension
	final SimulatorExtension simulators = new SimulatorExtension(
			SimulatorProperties.defaults().withPort(0).withTimeScale(0.02).withScale(3, 2000));

	PveSimulator simulator;

	@BeforeEach
	void start() {
		this.simulator = this.simulators.simulator();
	}

	@Test
	@DisplayName("docs/polling.md, Request budget: 4 nodes, at most 40 requests a minute while a page is open, 10 when nobody looks")
	void requestsPerMinuteStayWithinBudget() {
		this.simulator = this.simulators
			.start(SimulatorProperties.defaults().withPort(0).withTimeScale(0.02).withScale(4, 200));
		CountingSimulatorClient pve = new CountingSimulatorClient(this.simulator);
		MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		Poller poller = new Poller(pve.client(), pve.connection(), this.reader, this.writer, this.transactions, clock,
				PollingProperties.defaults(), (event) -> {
				});
		for (int i = 0; i < 12; i++) { // first reads of 200 configs, 25 per cycle
			poller.cycle();
			clock.advance(Duration.ofSeconds(10));
		}
		pve.takePaths();
		for (int i = 0; i < 6; i++) { // one minute at the active interval
			poller.cycle();
			clock.advance(Duration.ofSeconds(10));
		}
		assertThat(pve.takePaths()).hasSizeLessThanOrEqualTo(40);
		clock.advance(Duration.ofSeconds(50));
		poller.cycle(); // one minute at the idle interval
		assertThat(pve.takePaths()).hasSizeLessThanOrEqualTo(10);
	}

	@Test
	@DisplayName("per cycle: 1 + 2 × nodes calls, plus at most the config-read cap while new guests are read")
	void callsStayConstant() {
		CountingSimulatorClient pve = new CountingSimulatorClient(this.simulator);
		MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		PollingProperties properties = PollingProperties.defaults();
		Poller poller = new Poller(pve.client(), pve.connection(), this.reader, this.writer, this.transactions, clock,
				properties, (event) -> {
				});
		poller.cycle();
		List<String> first = pve.takePaths();
		assertThat(this.reader.guests()).hasSize(2000);
		assertThat(this.reader.hosts()).hasSize(3);
		assertThat(first.stream().filter((p) -> !p.endsWith("/config"))).hasSizeLessThanOrEqualTo(1 + 2 * 3);
		assertThat(first.stream().filter((p) -> p.endsWith("/config"))).hasSize(properties.configReadsPerCycle());
		clock.advance(Duration.ofSeconds(10));
		poller.cycle(); // how long it takes is measured in docs/benchmarks.md, not
						// asserted here
		List<String> second = pve.takePaths();
		assertThat(second.stream().filter((p) -> !p.endsWith("/config"))).hasSizeLessThanOrEqualTo(1 + 2 * 3);
		assertThat(second.stream().filter((p) -> p.endsWith("/config")))
			.hasSizeLessThanOrEqualTo(properties.configReadsPerCycle());
	}

	@Test
	@DisplayName("docs/polling.md budget: 4-node PVE 7.4 whose guest configs answer 501, every viewed minute ≤ 40, idle ≤ 10")
	void budgetHoldsWhenGuestConfigsAreNotImplemented() {
		// the field case: 4 nodes on 7.4-16, three guests, and every guest config read
		// answered with 501
		this.simulator = this.simulators.start(SimulatorProperties.defaults()
			.withPort(0)
			.withTimeScale(0.02)
			.withPveVersion("7.4-16")
			.withScale(4, 3));
		this.simulator.faults().notImplemented("/nodes/[^/]+/(qemu|lxc)/\\d+/config");
		CountingSimulatorClient pve = new CountingSimulatorClient(this.simulator);
		MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		Poller poller = new Poller(pve.client(), pve.connection(), this.reader, this.writer, this.transactions, clock,
				PollingProperties.defaults(), (event) -> {
				});
		List<Long> viewed = new java.util.ArrayList<>();
		for (int minute = 0; minute < 15; minute++) { // someone keeps the overview open:
														// htmx asks every 10 s
			viewed.add(minute(poller, clock, true));
		}
		List<Long> idle = new java.util.ArrayList<>();
		for (int minute = 0; minute < 15; minute++) { // the tab is closed
			idle.add(minute(poller, clock, false));
		}
		// measured before per-path back-off: 56 in every viewed minute, 12 in every idle
		// one (docs/polling.md)
		String figures = "requests per viewed minute " + viewed + ", per idle minute " + idle;
		assertThat(viewed.subList(1, viewed.size())).as(figures)
			.allSatisfy((n) -> assertThat(n).isLessThanOrEqualTo(40));
		assertThat(idle.subList(3, idle.size())).as(figures).allSatisfy((n) -> assertThat(n).isLessThanOrEqualTo(10));
		assertThat(this.reader.guests()).hasSize(3);
	}

	/**
	 * One minute of the real scheduler (the 1 s tick), counted by the simulator: requests
	 * that reached PVE.
	 */
	private long minute(Poller poller, MutableClock clock, boolean viewed) {
		long before = this.simulator.faults().requests();
		for (int second = 0; second < 60; second++) {
			if (viewed && second % 10 == 0) {
				poller.pageViewed();
			}
			poller.pollIfDue();
			clock.advance(Duration.ofSeconds(1));
		}
		return this.simulator.faults().requests() - before;
	}

}
