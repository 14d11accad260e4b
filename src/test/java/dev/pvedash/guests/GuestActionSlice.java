package dev.pvedash.guests;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;

import dev.pvedash.audit.AuditTrailSlice;
import dev.pvedash.support.FakeInventory;

import dev.pvedash.proxmox.HeldActions;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.TestClients;
import dev.pvedash.simulator.PveSimulator;
import dev.pvedash.simulator.SimulatorProperties;
import dev.pvedash.support.AllModulesWebMvcTest;

/**
 * The web slice (with its fake inventory) plus this module and the real client against a fast simulator. One
 * context (and simulator) serves every test class: each test uses its own guest, so shared state is harmless.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AllModulesWebMvcTest
@Import(GuestActionSlice.SliceConfiguration.class)
@interface GuestActionSlice {

	@TestConfiguration(proxyBeanMethods = false)
	class SliceConfiguration {

		@Bean(destroyMethod = "close")
		PveSimulator pveSimulator() {
			return PveSimulator.start(SimulatorProperties.defaults().withPort(0).withTimeScale(0.02),
					Clock.systemUTC(), null);
		}

		/** Wins over the proxmox module's unconfigured client in a slice that has both (the snapshots one). */
		@Bean
		@Primary
		ProxmoxClient simulatorClient(PveSimulator simulator, HeldActions held) {
			return TestClients.client(simulator, held);
		}

		/** Lets a test hold actions before they are sent, as a hanging PVE would; off unless a test holds. */
		@Bean
		HeldActions heldActions() {
			return new HeldActions();
		}

		@Bean
		FailingAudit failingAudit() {
			return new FailingAudit();
		}

	}

	/** Stands for an audit write that fails (disk full): switched on by the one test that needs it. */
	class FailingAudit {

		final AtomicBoolean failing = new AtomicBoolean();

		@EventListener
		void requested(GuestActionRequested event) {
			if (this.failing.get()) {
				throw new IllegalStateException("No space left on device");
			}
		}

	}

}
