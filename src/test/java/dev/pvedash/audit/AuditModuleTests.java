package dev.pvedash.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import dev.pvedash.backups.BackupSettingChanged;
import dev.pvedash.guests.ActionState;
import dev.pvedash.guests.GuestAction;
import dev.pvedash.guests.GuestActionEnded;
import dev.pvedash.guests.GuestActionRequested;
import dev.pvedash.inventory.EndpointChanged;
import dev.pvedash.snapshots.ScheduleChanged;
import dev.pvedash.users.AccessDenied;
import dev.pvedash.users.AccountChanged;
import dev.pvedash.users.SecondFactorChecked;

/**
 * The audit module alone, on the migrated H2: each event another module publishes becomes
 * exactly one audit row, written by the listener in the publisher's thread.
 */
@ApplicationModuleTest
class AuditModuleTests {

	static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAccountChangeFromUsersIsOneRow(Scenario scenario) {
		scenario
			.publish(new AccountChanged("admin", "192.0.2.1", "carol", AccountChanged.Change.ROLE_CHANGED, "OPERATOR",
					AT))
			.andWaitForStateChange(() -> rows("target", "carol"), (rows) -> !rows.isEmpty())
			.andVerify((rows) -> assertThat(rows)
				.containsExactly("ACCOUNT_ROLE_CHANGED|admin|192.0.2.1|carol|SUCCESS|OPERATOR"));
	}

	@Test
	void aDenialAndASecondFactorCheckFromUsersAreOneRowEach(Scenario scenario) {
		scenario.publish(new AccessDenied("dave", "192.0.2.2", "POST", "/users", "role not allowed", AT))
			.andWaitForStateChange(() -> rows("actor", "dave"), (rows) -> !rows.isEmpty())
			.andVerify((rows) -> assertThat(rows)
				.containsExactly("ACCESS_DENIED|dave|192.0.2.2|POST /users|DENIED|role not allowed"));
		scenario
			.publish(new SecondFactorChecked("erin", "192.0.2.3", SecondFactorChecked.Outcome.FAILURE,
					"authenticator code wrong", AT))
			.andWaitForStateChange(() -> rows("actor", "erin"), (rows) -> !rows.isEmpty())
			.andVerify((rows) -> assertThat(rows)
				.containsExactly("LOGIN_CODE|erin|192.0.2.3|null|FAILURE|authenticator code wrong"));
	}

	@Test
	void aGuestActionFromGuestsIsOneRowRequestedAndOneEnded(Scenario scenario) {
		scenario
			.publish(new GuestActionRequested(41, AT, "frank", "192.0.2.4", "pve", 101, "homeassistant",
					GuestAction.SNAPSHOT, "before_upgrade"))
			.andWaitForStateChange(() -> rows("actor", "frank"), (rows) -> !rows.isEmpty())
			.andVerify((rows) -> assertThat(rows).containsExactly(
					"GUEST_SNAPSHOT|frank|192.0.2.4|101 homeassistant on pve: before_upgrade|REQUESTED|action #41"));
		scenario.publish(new GuestActionEnded(41, AT.plusSeconds(3), "frank", "192.0.2.4", "pve", 101, "homeassistant",
				GuestAction.SNAPSHOT, "before_upgrade", "UPID:pve:1", ActionState.OK, "OK", Duration.ofMillis(2500)))
			.andWaitForStateChange(() -> rows("actor", "frank"), (rows) -> rows.size() > 1)
			.andVerify((rows) -> assertThat(rows).hasSize(2)
				.last()
				.isEqualTo("GUEST_SNAPSHOT|frank|192.0.2.4|101 homeassistant on pve: before_upgrade|OK"
						+ "|action #41; UPID UPID:pve:1; exit status OK; took 2.5 s"));
	}

	@Test
	void aScheduleChangeFromSnapshotsIsOneRow(Scenario scenario) {
		scenario
			.publish(new ScheduleChanged(7, "nightly", ScheduleChanged.Change.DISABLED, null, "grace", "192.0.2.5", AT))
			.andWaitForStateChange(() -> rows("actor", "grace"), (rows) -> !rows.isEmpty())
			.andVerify((rows) -> assertThat(rows)
				.containsExactly("SCHEDULE_DISABLED|grace|192.0.2.5|schedule nightly (#7)|SUCCESS|null"));
	}

	@Test
	void aProtectionSettingFromBackupsIsOneRow(Scenario scenario) {
		scenario.publish(new BackupSettingChanged(AT, "heidi", "192.0.2.6", "guest", "103", "not protected"))
			.andWaitForStateChange(() -> rows("actor", "heidi"), (rows) -> !rows.isEmpty())
			.andVerify((rows) -> assertThat(rows)
				.containsExactly("BACKUP_SETTING|heidi|192.0.2.6|guest 103|SUCCESS|not protected"));
	}

	@Test
	void aRefusalFromInventoryIsOneRowAndItsEndAnother(Scenario scenario) {
		scenario.publish(new EndpointChanged(AT, "PERMISSION", "Sys.Audit missing", null))
			.andWaitForStateChange(() -> rows("actor", "system"), (rows) -> !rows.isEmpty())
			.andVerify((rows) -> assertThat(rows)
				.containsExactly("PVE_REFUSED|system|null|Proxmox VE|FAILURE|PERMISSION: Sys.Audit missing"));
		scenario.publish(new EndpointChanged(AT.plusSeconds(60), null, null, "PERMISSION"))
			.andWaitForStateChange(() -> rows("actor", "system"), (rows) -> rows.size() > 1)
			.andVerify((rows) -> assertThat(rows).hasSize(2)
				.last()
				.isEqualTo("PVE_ACCEPTED|system|null|Proxmox VE|OK|answers again after PERMISSION"));
	}

	/**
	 * The rows whose {@code column} is {@code value}, oldest first, as
	 * "kind|actor|address|target|outcome|detail".
	 */
	private List<String> rows(String column, String value) {
		return this.jdbc
			.sql("select kind, actor, client_address, target, outcome, detail from audit_entry where " + column
					+ " = ? order by id")
			.param(value)
			.query((rs, row) -> String.join("|", rs.getString("kind"), rs.getString("actor"),
					rs.getString("client_address"), rs.getString("target"), rs.getString("outcome"),
					rs.getString("detail")))
			.list();
	}

	/**
	 * The module's only outside need: the clock the application context gets from the
	 * system module.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(AT, ZoneOffset.UTC);
		}

	}

}
