package dev.pvedash.snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.pvedash.support.FakeInventory;

/**
 * The runs of a schedule and the list's last run show each state and each guest's outcome
 * in its words and badge colour, a template's skip as "not applicable".
 */
@ScheduleClockSlice
class ScheduleRunStatesPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SnapshotsVersion version;

	@Autowired
	FakeInventory inventory;

	@Autowired
	ScheduleRunRepository runs;

	long schedule;

	@BeforeEach
	void schedule() {
		this.jdbc.sql("delete from snapshot_schedule").update();
		this.version.written(); // as the repositories do after their writes
		ScheduleFixtures.reference(this.inventory);
		assertThat(this.mvc.post()
			.uri("/snapshots/schedules")
			.with(csrf())
			.with(user("boss").roles("ADMIN"))
			.param("name", "states")
			.param("by", "list")
			.param("vmids", "101", "200")
			.param("preset", "weekly")
			.param("keep", "4")
			.param("prefix", "auto-states-")
			.param("storageLimit", "95")).hasStatus3xxRedirection();
		this.schedule = this.jdbc.sql("select id from snapshot_schedule where name = 'states'")
			.query(Long.class)
			.single();
	}

	@Test
	void runsShowTheirStateAndGuestsTheirOutcome() {
		long partial = run(RunState.PARTIAL);
		List<ScheduledGuest> guests = this.runs.guests(partial);
		this.runs.save(guests.get(0).done(GuestOutcome.OK, false, null));
		this.runs.save(guests.get(1).done(GuestOutcome.FAILED, false, "Proxmox VE: snapshot failed"));
		this.runs.save(guests.get(2).done(GuestOutcome.SKIPPED, false, "locked"));
		this.runs.save(guests.get(3).done(GuestOutcome.SKIPPED, true, "template"));
		long ok = run(RunState.OK);
		long failed = run(RunState.FAILED);
		long running = run(null);

		Document page = page("/snapshots/schedules/" + this.schedule);
		assertThat(badge(page, "#run-" + partial + " header")).isEqualTo("badge badge-warn|partly done");
		assertThat(badge(page, "#run-" + ok + " header")).isEqualTo("badge badge-ok|OK");
		assertThat(badge(page, "#run-" + failed + " header")).isEqualTo("badge badge-error|failed");
		assertThat(badge(page, "#run-" + running + " header")).isEqualTo("badge badge-info|running");
		assertThat(page.select("#run-" + partial + " tbody td[data-label=Outcome]").stream().map(this::badge))
			.containsExactly("badge badge-ok|OK", "badge badge-error|failed", "badge badge-warn|skipped",
					"badge badge-off|not applicable", "badge badge-info|waiting");

		Document list = page("/snapshots/schedules");
		assertThat(badge(list, "td[data-label=Last run]")).isEqualTo("badge badge-info|running");
	}

	/** A run with five guests, ended in {@code state}, or left running when null. */
	private long run(RunState state) {
		Instant now = Instant.parse("2026-11-29T02:00:00Z");
		long id = this.runs.claim(this.schedule, "MANUAL", null, "auto-states-20261129-020000", now);
		for (int i = 0; i < 5; i++) {
			this.runs.addGuest(id, i, 101 + i, "guest-" + i);
		}
		if (state != null) {
			assertThat(this.runs.finish(id, state, null, now)).isTrue();
		}
		return id;
	}

	private String badge(Document page, String css) {
		return badge(page.selectFirst(css));
	}

	private String badge(Element element) {
		Element badge = element.selectFirst(".badge");
		return badge.className() + "|" + badge.text();
	}

	private Document page(String uri) {
		return Jsoup.parse(assertThat(this.mvc.get().uri(uri).with(user("boss").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.actual());
	}

}
