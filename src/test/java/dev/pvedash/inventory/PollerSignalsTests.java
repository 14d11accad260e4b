package dev.pvedash.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dev.pvedash.proxmox.CountingSimulatorClient;
import dev.pvedash.simulator.PveSimulator;
import dev.pvedash.simulator.SimulatorProperties;
import dev.pvedash.support.MutableClock;

/**
 * Other modules tell the poller things by events only: a page view keeps the fast
 * interval, a guest's ended task re-reads that guest (docs/polling.md; docs/actions.md,
 * "The guest page").
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ InventoryReader.class, InventoryWriter.class, InventoryVersion.class, PollerSignals.class,
		PollerSignalsTests.Pve.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED) // the re-read waits for the
														// publisher's commit
class PollerSignalsTests {

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Poller poller;

	@Autowired
	PveSimulator simulator;

	@Autowired
	CountingSimulatorClient pve;

	@Autowired
	MutableClock clock;

	@Autowired
	InventoryReader reader;

	@BeforeEach
	void firstCycle() {
		this.simulator.faults().reset();
		this.poller.cycle();
		this.pve.takePaths();
	}

	@Test
	@DisplayName("a guest's ended task: one status call, and the row carries the new reading's time")
	void endedTaskRereadsTheGuest() {
		this.clock.advance(Duration.ofSeconds(5));
		this.events.publishEvent(new Ended(102, true));
		assertThat(this.pve.takePaths()).containsExactly("/nodes/pve/qemu/102/status/current");
		assertThat(guest(102).asOf()).isEqualTo(this.clock.instant());
	}

	@Test
	@DisplayName("a task's end published in a transaction: PVE is asked only after the commit, never inside it")
	void rereadWaitsForTheCommit() {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.events.publishEvent(new Ended(102, true));
			assertThat(this.pve.takePaths()).isEmpty();
		});
		assertThat(this.pve.takePaths()).containsExactly("/nodes/pve/qemu/102/status/current");
	}

	@Test
	@DisplayName("no task ran on PVE, or an unknown guest: nothing is asked")
	void nothingToReread() {
		this.events.publishEvent(new Ended(102, false));
		this.events.publishEvent(new Ended(4242, true));
		assertThat(this.pve.takePaths()).isEmpty();
	}

	@Test
	@DisplayName("PVE failing the re-read does not fail the publisher: the next cycle shows the state")
	void failingRereadStaysWithTheListener() {
		Instant before = guest(102).asOf();
		this.simulator.faults().refuseConnections();
		this.clock.advance(Duration.ofSeconds(5));
		this.events.publishEvent(new Ended(102, true));
		assertThat(guest(102).asOf()).isEqualTo(before);
	}

	@Test
	@DisplayName("a page view after an idle period: the active interval, and a cycle on the next tick")
	void pageViewKeepsTheFastInterval() {
		this.clock.advance(Duration.ofMinutes(10)); // nobody looked: idle
		assertThat(this.poller.currentInterval()).isEqualTo(PollingProperties.defaults().idleInterval());
		this.events.publishEvent(new PageViewed());
		assertThat(this.poller.currentInterval()).isEqualTo(PollingProperties.defaults().activeInterval());
		assertThat(this.poller.refreshing()).isTrue();
		this.poller.pollIfDue();
		assertThat(this.pve.takePaths()).first().isEqualTo("/cluster/resources");
	}

	private GuestView guest(int vmid) {
		return this.reader.guests().stream().filter((g) -> g.vmid() == vmid).findFirst().orElseThrow();
	}

	/** What a sending module's own "ended" event looks like to the inventory. */
	record Ended(int vmid, boolean taskRan) implements GuestTaskEnded {
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Pve {

		@Bean(destroyMethod = "close")
		PveSimulator pveSimulator() {
			return PveSimulator.start(SimulatorProperties.defaults().withPort(0).withTimeScale(0.02), Clock.systemUTC(),
					null);
		}

		@Bean
		CountingSimulatorClient countingClient(PveSimulator simulator) {
			return new CountingSimulatorClient(simulator);
		}

		@Bean
		MutableClock mutableClock() {
			return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		}

		@Bean
		Poller poller(CountingSimulatorClient pve, InventoryReader reader, InventoryWriter writer,
				PlatformTransactionManager transactions, MutableClock clock, ApplicationEventPublisher events) {
			return new Poller(pve.client(), pve.connection(), reader, writer, transactions, clock,
					PollingProperties.defaults(), events);
		}

	}

}
