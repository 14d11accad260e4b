package dev.pvedash.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import dev.pvedash.guests.GuestTasks;
import dev.pvedash.inventory.Inventory;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.ProxmoxConnection;

/**
 * The snapshots module alone, on the migrated H2: every change an admin makes to a
 * schedule is stored and published as {@link ScheduleChanged}, the event the audit log
 * records.
 */
@ApplicationModuleTest
class SnapshotsModuleTests {

	static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

	@Autowired
	Schedules schedules;

	@MockitoBean
	Inventory inventory;

	@MockitoBean
	GuestTasks tasks;

	@MockitoBean
	ProxmoxClient client;

	@MockitoBean
	ProxmoxConnection connection;

	@Test
	void aCreatedScheduleIsStoredAndPublished(Scenario scenario) {
		scenario.stimulate(() -> this.schedules.create(
				ScheduleFixtures.form("weekly", List.of(101, 102), "0 3 * * 0", 4, "auto-weekly-"), "kate",
				"192.0.2.11"))
			.andWaitForEventOfType(ScheduleChanged.class)
			.toArriveAndVerify((event, id) -> {
				assertThat(event).isEqualTo(new ScheduleChanged(id, "weekly", ScheduleChanged.Change.CREATED,
						"cron 0 3 * * 0; guests [101, 102]; keep 4; prefix auto-weekly-; RAM off; skip above 95 %",
						"kate", "192.0.2.11", AT));
				assertThat(this.schedules.find(id).name()).isEqualTo("weekly");
			});
	}

	@Test
	void disablingAScheduleIsPublished(Scenario scenario) {
		long id = this.schedules.create(ScheduleFixtures.form("nightly", List.of(103), "0 2 * * *", 7, "auto-nightly-"),
				"kate", "192.0.2.11");
		scenario.stimulate(() -> this.schedules.enable(id, false, "liam", "192.0.2.12"))
			.andWaitForEventOfType(ScheduleChanged.class)
			.matching((event) -> event.change() == ScheduleChanged.Change.DISABLED)
			.toArriveAndVerify((event) -> assertThat(event).isEqualTo(new ScheduleChanged(id, "nightly",
					ScheduleChanged.Change.DISABLED, null, "liam", "192.0.2.12", AT)));
	}

	/** The clock the application gets from the system module. */
	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(AT, ZoneOffset.UTC);
		}

	}

}
