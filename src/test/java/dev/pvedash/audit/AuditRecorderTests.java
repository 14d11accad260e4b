package dev.pvedash.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.pvedash.inventory.EndpointChanged;
import dev.pvedash.support.PveDashWebMvcTest;
import dev.pvedash.users.UsersModuleSlice;

/**
 * Every login success and failure becomes a row with user, client address, time and
 * result; so do the seeded admin and PVE refusing the dashboard (docs/security.md #25,
 * F5). The users module is real: its events are what the trail records.
 */
@PveDashWebMvcTest(AuditController.class)
@Import({ AuditTrailSlice.class, UsersModuleSlice.class })
@TestPropertySource(properties = { "pvedash.admin.username=auditor", "pvedash.admin.password=Audit-3-pebble-frost" })
class AuditRecorderTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void loginOutcomesAreRecordedWithTheClientAddress() {
		login("auditor", "wrong-password", "192.0.2.7");
		login("auditor", "Audit-3-pebble-frost", "192.0.2.8");
		List<Map<String, Object>> rows = this.jdbc.sql(
				"select actor, client_address, outcome, detail, occurred_at from audit_entry where kind = 'LOGIN' order by id")
			.query()
			.listOfRows();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsEntry("ACTOR", "auditor")
			.containsEntry("CLIENT_ADDRESS", "192.0.2.7")
			.containsEntry("OUTCOME", "FAILURE")
			.containsEntry("DETAIL", "wrong username or password");
		assertThat(rows.get(1)).containsEntry("CLIENT_ADDRESS", "192.0.2.8").containsEntry("OUTCOME", "SUCCESS");
		assertThat(rows.get(1).get("OCCURRED_AT")).isNotNull();
	}

	@Test
	void theSeededAdminIsAuditedAsCreatedBySystem() {
		assertThat(this.jdbc.sql("select actor from audit_entry where kind = 'ACCOUNT_CREATED' and target = 'auditor'")
			.query(String.class)
			.single()).isEqualTo("system");
	}

	@Test
	void pveRefusingTheDashboardIsOneRowAndItsEndAnother() {
		Instant at = Instant.parse("2026-12-03T10:00:00Z");
		this.events.publishEvent(new EndpointChanged(at, "CONNECTION", "refused", null)); // not
																							// a
																							// security
																							// event
		this.events.publishEvent(new EndpointChanged(at, "AUTHENTICATION", "invalid token value", "CONNECTION"));
		this.events.publishEvent(new EndpointChanged(at, null, null, "AUTHENTICATION"));
		this.events.publishEvent(new EndpointChanged(at, "TLS", "fingerprint changed", null));
		this.events.publishEvent(new EndpointChanged(at, "CONNECTION", "refused", "TLS")); // not
																							// accepted
																							// yet
		List<Map<String, Object>> rows = this.jdbc
			.sql("select kind, actor, outcome, detail from audit_entry where kind like 'PVE_%' order by id")
			.query()
			.listOfRows();
		assertThat(rows).extracting((row) -> row.get("KIND") + " " + row.get("OUTCOME") + " " + row.get("DETAIL"))
			.containsExactly("PVE_REFUSED FAILURE AUTHENTICATION: invalid token value",
					"PVE_ACCEPTED OK answers again after AUTHENTICATION",
					"PVE_REFUSED FAILURE TLS: fingerprint changed");
		assertThat(rows).allSatisfy((row) -> assertThat(row).containsEntry("ACTOR", "system"));
	}

	private void login(String username, String password, String address) {
		assertThat(this.mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})).hasStatus(HttpStatus.FOUND);
	}

}
