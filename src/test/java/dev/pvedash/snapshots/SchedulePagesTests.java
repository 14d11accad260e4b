package dev.pvedash.snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.MutableClock;

/**
 * The schedule pages: admin only, forms checked with nothing saved on error, changes
 * audited, the dead-man warning.
 */
@ScheduleClockSlice
class SchedulePagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SnapshotsVersion version;

	@Autowired
	FakeInventory inventory;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void clean() {
		this.jdbc.sql("delete from snapshot_schedule").update();
		this.version.written(); // as the repositories do after their writes
		ScheduleFixtures.reference(this.inventory);
	}

	@ParameterizedTest
	@CsvSource({ "VIEWER,GET,/snapshots/schedules", "OPERATOR,GET,/snapshots/schedules",
			"OPERATOR,GET,/snapshots/schedules/new", "OPERATOR,POST,/snapshots/schedules",
			"OPERATOR,POST,/snapshots/schedules/1/run", "VIEWER,GET,/snapshots/schedules/1" })
	@DisplayName("viewers and operators get 403")
	void adminOnly(String role, String method, String url) throws Exception {
		MockMvcRequestBuilder request = method.equals("GET") ? this.mvc.get().uri(url)
				: this.mvc.post().uri(url).with(csrf());
		assertThat(request.with(user("u").roles(role))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@DisplayName("the new form offers the inventory's guests, the weekly default and the server zone")
	void newForm() throws Exception {
		String html = page(this.mvc.get().uri("/snapshots/schedules/new"));
		assertThat(html).contains("homeassistant", "debian-12-template", "0 0 3 * * SUN", "auto-weekly-",
				java.time.ZoneId.systemDefault().getId());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "bad cron|custom|0 3 * * SUN|4|auto-weekly-|not a cron expression Spring can read",
					"cron too often|custom|0 */5 * * * *|4|auto-weekly-|more than once an hour",
					"prefix starts with a digit|weekly||4|1weekly-|starts with a letter",
					"prefix too long|weekly||4|a-very-long-prefix-for-snaps-|at most 25 characters",
					"prefix with a dot|weekly||4|auto.weekly-|may only contain letters",
					"keep 0|weekly||0|auto-weekly-|Keep 1 to 100 snapshots",
					"keep 101|weekly||101|auto-weekly-|Keep 1 to 100 snapshots" })
	@DisplayName("an invalid form comes back with the reason and the typed values, and nothing is saved")
	void invalidForms(String title, String preset, String cron, String keep, String prefix, String message)
			throws Exception {
		String html = page(this.mvc.post()
			.uri("/snapshots/schedules")
			.with(csrf())
			.param("name", "invalid-form")
			.param("by", "list")
			.param("vmids", "101")
			.param("preset", preset)
			.param("cron", (cron != null) ? cron : "")
			.param("keep", keep)
			.param("prefix", prefix)
			.param("storageLimit", "95"));
		assertThat(html).contains(message).contains("value=\"" + prefix + "\"");
		assertThat(count("snapshot_schedule")).isZero();
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where kind like 'SCHEDULE_%' and target like '%invalid-form%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	@DisplayName("create, edit, run now and delete are audited; a second schedule may not reuse the prefix")
	void lifecycleAudited() throws Exception {
		assertThat(create("nightly", "auto-nightly-")).hasRedirectedUrl("/snapshots/schedules");
		long id = this.jdbc.sql("select id from snapshot_schedule where name = 'nightly'").query(Long.class).single();
		assertThat(page(create("other", "auto-nightly-"))).contains("Another schedule uses this prefix");
		assertThat(this.mvc.post()
			.uri("/snapshots/schedules/{id}", id)
			.with(csrf())
			.with(user("boss").roles("ADMIN"))
			.param("name", "nightly")
			.param("by", "tag")
			.param("tag", "home")
			.param("preset", "daily")
			.param("keep", "7")
			.param("prefix", "auto-nightly-")
			.param("storageLimit", "90")).hasRedirectedUrl("/snapshots/schedules");
		assertThat(
				this.mvc.post().uri("/snapshots/schedules/{id}/run", id).with(csrf()).with(user("boss").roles("ADMIN")))
			.hasRedirectedUrl("/snapshots/schedules/" + id);
		assertThat(page(this.mvc.get().uri("/snapshots/schedules/{id}", id))).contains("Manual run", "auto-nightly-");
		this.jdbc.sql("update snapshot_schedule_run set in_flight_schedule = null, state = 'FAILED'").update();
		this.version.written();
		assertThat(this.mvc.post()
			.uri("/snapshots/schedules/{id}/delete", id)
			.with(csrf())
			.with(user("boss").roles("ADMIN"))).hasRedirectedUrl("/snapshots/schedules");
		assertThat(this.jdbc.sql("select kind from audit_entry where target like 'schedule nightly%' order by id")
			.query(String.class)
			.list()).containsExactly("SCHEDULE_CREATED", "SCHEDULE_UPDATED", "SCHEDULE_RUN_NOW", "SCHEDULE_DELETED");
	}

	@Test
	@DisplayName("the list shows each schedule with a link back to /snapshots, and the dead-man warning in red")
	void listWithDeadMan() throws Exception {
		assertThat(create("weekly", "auto-weekly-")).hasRedirectedUrl("/snapshots/schedules");
		assertThat(page(this.mvc.get().uri("/snapshots/schedules"))).contains("href=\"/snapshots\"", "weekly", "never")
			.doesNotContain("has never run successfully", "badge-error");
		this.clock.advance(Duration.ofDays(9));
		assertThat(page(this.mvc.get().uri("/snapshots/schedules"))).contains("has never run successfully",
				"badge-error", "overdue");
	}

	private MockMvcRequestBuilder create(String name, String prefix) {
		return this.mvc.post()
			.uri("/snapshots/schedules")
			.with(csrf())
			.with(user("boss").roles("ADMIN"))
			.param("name", name)
			.param("by", "list")
			.param("vmids", "101", "200")
			.param("preset", "weekly")
			.param("keep", "4")
			.param("prefix", prefix)
			.param("storageLimit", "95");
	}

	private String page(MockMvcRequestBuilder request) {
		return assertThat(request.with(user("boss").roles("ADMIN"))).hasStatusOk().bodyText().actual();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
