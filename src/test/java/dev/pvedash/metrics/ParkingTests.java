package dev.pvedash.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.pvedash.proxmox.RrdCf;
import dev.pvedash.proxmox.RrdTimeframe;

class ParkingTests {

	static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

	@Test
	void aRefusedEntityWaitsUntilItsParkingEndsThenItsRemainingCallsAreDue() {
		Parking parking = new Parking();
		Entity guest = new Entity(3, Kind.GUEST, "guest/102", "pve", "qemu", 102, null);
		BackfillJob job = new BackfillJob(guest, 1, null, List.of(new BackfillPlan.Call(RrdTimeframe.DAY, RrdCf.MAX)));
		parking.park(job, NOW.plus(Duration.ofHours(6)));
		assertThat(parking.parked(3, NOW.plus(Duration.ofHours(5)))).isTrue();
		assertThat(parking.parked(4, NOW)).isFalse();
		assertThat(parking.due(NOW.plus(Duration.ofHours(5)))).isEmpty();
		assertThat(parking.due(NOW.plus(Duration.ofHours(6)))).containsExactly(job);
		assertThat(parking.due(NOW.plus(Duration.ofHours(7)))).isEmpty();
		assertThat(parking.parked(3, NOW.plus(Duration.ofHours(6)))).isFalse();
	}

}
