package dev.pvedash.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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
import dev.pvedash.support.MutableClock;

/**
 * docs/polling.md, "Cost of a cycle": every cycle the tick runs leaves one sample of CPU
 * and one of wall time, tagged with how it ended; a tick with no cycle due leaves none.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ InventoryReader.class, InventoryWriter.class, InventoryVersion.class })
class CycleTimerTests {

	@Autowired
	InventoryReader reader;

	@Autowired
	InventoryWriter writer;

	@Autowired
	PlatformTransactionManager transactions;

	@RegisterExtension
	final SimulatorExtension simulators = new SimulatorExtension();

	final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

	final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	PveSimulator simulator;

	CycleTimer timer;

	@BeforeEach
	void start() {
		this.simulator = this.simulators.simulator();
		CountingSimulatorClient pve = new CountingSimulatorClient(this.simulator);
		Poller poller = new Poller(pve.client(), pve.connection(), this.reader, this.writer, this.transactions,
				this.clock, PollingProperties.defaults(), (event) -> {
				});
		this.timer = new CycleTimer(poller, this.registry);
	}

	@Test
	@DisplayName("a due cycle records one CPU and one wall-time sample, tagged ok; a tick with nothing due none")
	void oneSamplePerCycle() {
		this.timer.tick();
		this.timer.tick(); // the same second: no cycle is due
		Timer cpu = this.registry.get(CycleTimer.CPU).tag("outcome", "ok").timer();
		assertThat(cpu.count()).isEqualTo(1);
		assertThat(cpu.totalTime(TimeUnit.NANOSECONDS)).isPositive();
		Timer wall = this.registry.get(CycleTimer.WALL).tag("outcome", "ok").timer();
		assertThat(wall.count()).isEqualTo(1);
		assertThat(wall.totalTime(TimeUnit.NANOSECONDS)).isPositive();
	}

	@Test
	@DisplayName("a cycle that PVE fails is counted apart, as pve_failed")
	void failedCycleIsTaggedApart() {
		this.timer.tick();
		this.simulator.faults().revokeToken();
		this.clock.advance(Duration.ofSeconds(60));
		this.timer.tick();
		assertThat(this.registry.get(CycleTimer.CPU).tag("outcome", "ok").timer().count()).isEqualTo(1);
		assertThat(this.registry.get(CycleTimer.CPU).tag("outcome", "pve_failed").timer().count()).isEqualTo(1);
		assertThat(this.registry.get(CycleTimer.WALL).tag("outcome", "pve_failed").timer().count()).isEqualTo(1);
	}

}
