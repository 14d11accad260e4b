package dev.pvedash.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import dev.pvedash.inventory.CyclePolled;
import dev.pvedash.proxmox.ClusterResources;
import dev.pvedash.proxmox.GuestResource;
import dev.pvedash.proxmox.GuestState;
import dev.pvedash.proxmox.GuestType;
import dev.pvedash.proxmox.NodeResource;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.StorageResource;
import dev.pvedash.system.Formats;

/**
 * The metrics module alone, on the migrated H2: the inventory's {@link CyclePolled}
 * becomes stored samples without a request of the module's own (docs/metrics.md), and a
 * node the cycle could not reach gets none. Samples are stored as H2 {@code REAL}, hence
 * the tolerance.
 */
@ApplicationModuleTest
class MetricsModuleTests {

	static final Instant AT = Instant.parse("2026-12-03T10:00:30Z");

	@Autowired
	Metrics metrics;

	@MockitoBean
	ProxmoxClient client;

	@MockitoBean
	Formats formats;

	@Test
	void aPollCycleBecomesSamplesOfItsNodeGuestAndStorage(Scenario scenario) {
		ClusterResources resources = new ClusterResources(List.of(node("pve1", 0.3)), List.of(guest(601, "pve1")), List
			.of(new StorageResource("pve1", "local", "available", "dir", Set.of(), false, 5L << 30, 10L << 30)));
		scenario.publish(new CyclePolled(AT, resources, Map.of(), Set.of()))
			.andWaitForStateChange(() -> this.metrics.node("pve1", MetricRange.H1), (series) -> !series.empty())
			.andVerify((series) -> assertThat(series.summary("cpu"))
				.hasValueSatisfying((cpu) -> assertThat(cpu.max()).isCloseTo(0.3, within(1e-6))));
		assertThat(this.metrics.guest(601, MetricRange.H1).summary("mem"))
			.hasValueSatisfying((mem) -> assertThat(mem.max()).isEqualTo(1_000.0));
		assertThat(this.metrics.storage("pve1", "local", MetricRange.H1).summary("total"))
			.hasValueSatisfying((total) -> assertThat(total.max()).isEqualTo(10.0 * (1L << 30)));
		verifyNoInteractions(this.client);
	}

	@Test
	void aNodeTheCycleCouldNotReachGetsNoSample(Scenario scenario) {
		ClusterResources resources = new ClusterResources(List.of(node("pve2", 0.4), node("pve3", 0.5)), List.of(),
				List.of());
		scenario.publish(new CyclePolled(AT, resources, Map.of(), Set.of("pve3")))
			.andWaitForStateChange(() -> this.metrics.node("pve2", MetricRange.H1), (series) -> !series.empty())
			.andVerify((series) -> assertThat(this.metrics.node("pve3", MetricRange.H1).empty()).isTrue());
	}

	private static NodeResource node(String name, double cpu) {
		return new NodeResource(name, "online", cpu, 4, 2_000L, 16_000L, null, null, 100L, null, null, null);
	}

	private static GuestResource guest(int vmid, String node) {
		return new GuestResource(GuestType.QEMU, vmid, node, "vm" + vmid, "running", GuestState.RUNNING, 0.5, 2.0,
				1_000L, 4_000L, null, 0L, 32_000L, 10L, 20L, 30L, 40L, 100L, false, List.of(), null, null, null);
	}

	/**
	 * The clock the application gets from the system module, a few seconds after the
	 * cycle.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(AT.plusSeconds(5), ZoneOffset.UTC);
		}

	}

}
