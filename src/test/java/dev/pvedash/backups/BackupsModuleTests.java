package dev.pvedash.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

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
import dev.pvedash.system.Formats;

/**
 * The backups module alone, on the migrated H2: an admin's change of a protection setting
 * is stored and published as {@link BackupSettingChanged}, the event the audit log
 * records.
 */
@ApplicationModuleTest
class BackupsModuleTests {

	static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

	@Autowired
	ProtectionSettings settings;

	@MockitoBean
	Inventory inventory;

	@MockitoBean
	GuestTasks tasks;

	@MockitoBean
	ProxmoxClient client;

	@MockitoBean
	ProxmoxConnection connection;

	@MockitoBean
	Formats formats;

	@Test
	void aGuestsFreshnessIsStoredAndPublished(Scenario scenario) {
		scenario.stimulate(() -> this.settings.guest(103, 14, false, null, "ivan", "192.0.2.9"))
			.andWaitForEventOfType(BackupSettingChanged.class)
			.toArriveAndVerify((event) -> {
				assertThat(event)
					.isEqualTo(new BackupSettingChanged(AT, "ivan", "192.0.2.9", "guest", "103", "freshness 14 d"));
				assertThat(this.settings.current().guest(103).freshnessDays()).isEqualTo(14);
			});
	}

	@Test
	void excludingTemplatesIsPublishedWithoutATarget(Scenario scenario) {
		scenario.stimulate(() -> this.settings.excludeTemplates(false, "judy", "192.0.2.10"))
			.andWaitForEventOfType(BackupSettingChanged.class)
			.toArriveAndVerify((event) -> assertThat(event)
				.isEqualTo(new BackupSettingChanged(AT, "judy", "192.0.2.10", "exclude-templates", null, "false")));
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
