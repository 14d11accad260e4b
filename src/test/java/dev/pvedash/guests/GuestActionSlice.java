package dev.pvedash.guests;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;

import dev.pvedash.audit.AuditTrailSlice;
import dev.pvedash.proxmox.HeldActions;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.TestClients;
import dev.pvedash.simulator.PveSimulator;
import dev.pvedash.simulator.SimulatorProperties;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.PveDashWebMvcTest;

/**
 * The web slice of this module's pages and actions: its controllers and components, a
 * fake inventory, the audit trail (actions fail closed on it, docs/actions.md) and the
 * real client against a fast simulator in place of PVE. The action follower runs on its
 * schedule as in the app. One context (and simulator) serves every test class: each test
 * uses its own guest, so shared state is harmless.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PveDashWebMvcTest({ GuestController.class, GuestActionController.class, TaskController.class })
@Import(GuestActionSlice.GuestsModule.class)
public @interface GuestActionSlice {

	/**
	 * This module whole, for its own slice and for the slices of modules that act through
	 * it (snapshots).
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@Import({ GuestController.class, GuestTable.class, GuestActionController.class, TaskController.class,
			SimulatedPve.class, ActionFollower.class, ActionGate.class, ActionReconciler.class, ActionRepository.class,
			ActionSender.class, GuestActionConfiguration.class, GuestLifecycle.class, GuestTasks.class,
			FakeInventory.class, AuditTrailSlice.class })
	class GuestsModule {

	}

	/** PVE for these tests: a fast simulator and the real client aimed at it. */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableScheduling
	class SimulatedPve {

		@Bean(destroyMethod = "close")
		PveSimulator pveSimulator() {
			return PveSimulator.start(SimulatorProperties.defaults().withPort(0).withTimeScale(0.02), Clock.systemUTC(),
					null);
		}

		/**
		 * Wins over the proxmox module's unconfigured client in a slice that has both
		 * (the snapshots one).
		 */
		@Bean
		@Primary
		ProxmoxClient simulatorClient(PveSimulator simulator, HeldActions held) {
			return TestClients.client(simulator, held);
		}

		/**
		 * Lets a test hold actions before they are sent, as a hanging PVE would; off
		 * unless a test holds.
		 */
		@Bean
		HeldActions heldActions() {
			return new HeldActions();
		}

		@Bean
		FailingAudit failingAudit() {
			return new FailingAudit();
		}

	}

	/**
	 * Stands for an audit write that fails (disk full) or that is slow (a busy disk):
	 * each switched on by the one test that needs it. A slow write holds the claim's
	 * transaction open until the test releases it.
	 */
	class FailingAudit {

		final AtomicBoolean failing = new AtomicBoolean();

		final AtomicReference<CountDownLatch> slow = new AtomicReference<>();

		final AtomicBoolean writing = new AtomicBoolean();

		@EventListener
		void requested(GuestActionRequested event) throws InterruptedException {
			if (this.failing.get()) {
				throw new IllegalStateException("No space left on device");
			}
			CountDownLatch done = this.slow.get();
			if (done != null) {
				this.writing.set(true);
				done.await(30, TimeUnit.SECONDS);
			}
		}

	}

}
