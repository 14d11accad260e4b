package dev.pvedash.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.pvedash.proxmox.GuestResource;
import dev.pvedash.proxmox.GuestState;
import dev.pvedash.proxmox.GuestType;
import dev.pvedash.proxmox.NodeResource;
import dev.pvedash.proxmox.StorageResource;

/**
 * One cycle's figures as stored values: rates between samples, gaps for stopped guests
 * and restarts.
 */
class SamplesTests {

	static GuestResource guest(String status, long counter, boolean template) {
		return new GuestResource(GuestType.QEMU, 101, "pve", "vm", status,
				"stopped".equals(status) ? GuestState.STOPPED : GuestState.RUNNING, 0.5, 2.0, 1_000L, 4_000L, 1_200L,
				0L, 32_000L, counter, counter * 2, counter * 3, counter * 4, 100L, template, List.of(), null, null,
				null);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(nullValues = "null", textBlock = """
			running: counters grow,          running, 1000, 2000, false, 0.5,  100.0
			restarted: counters went down,   running, 5000, 2000, false, 0.5,  null
			stopped: a gap but its size,     stopped, 1000, 1000, false, null, null
			template: a gap,                 stopped, 0,    0,    true,  null, null
			""")
	void guests(String name, String status, long before, long now, boolean template, Double cpu, Double netin) {
		Samples.Counters previous = Samples.Counters.of(guest(status, before, template), 100);
		Double[] values = Samples.guest(guest(status, now, template), previous, 110, 180);
		assertThat(values[0]).isEqualTo(cpu);
		assertThat(values[2]).isEqualTo(4_000.0); // maxmem kept even when stopped
		assertThat(values[4]).isEqualTo(netin);
		assertThat(values[7]).isEqualTo((netin == null) ? null : netin * 4); // diskwrite
		assertThat(values[3]).isEqualTo((cpu == null) ? null : 1_200.0); // memhost
	}

	@Test
	void firstSightOfAGuestHasNoRateYet() {
		Double[] values = Samples.guest(guest("running", 1_000, false), null, 110, 180);
		assertThat(values[0]).isEqualTo(0.5);
		assertThat(values[4]).isNull();
	}

	@Test
	void nodeWithoutItsStatusFallsBackToItsResourceEntry() {
		NodeResource node = new NodeResource("pve", "online", 0.3, 4, 2_000L, 16_000L, null, null, 100L, null, null,
				null);
		Double[] values = Samples.node(node, null);
		assertThat(values[0]).isEqualTo(0.3);
		assertThat(values[1]).isEqualTo(2_000.0);
		assertThat(values[2]).isEqualTo(16_000.0);
		assertThat(values[7]).isNull(); // netin: rrddata only
	}

	@Test
	void storageWithoutSizesIsNotSampled() {
		assertThat(Samples.storage(new StorageResource("pve", "usb", "unknown", "dir", Set.of(), false, null, null)))
			.isNull();
		assertThat(Samples.storage(new StorageResource("pve", "local", "available", "dir", Set.of(), false, 5L, 10L)))
			.containsExactly(5.0, 10.0);
	}

}
