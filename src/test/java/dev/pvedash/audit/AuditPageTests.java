package dev.pvedash.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.pvedash.support.PveDashWebMvcTest;

/**
 * {@code /audit}: admins see everyone's entries, others their own; filters, paging, htmx
 * rows (docs/security.md #20, #25).
 */
@PveDashWebMvcTest(AuditController.class)
@Import(AuditRepository.class)
class AuditPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditRepository repository;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void entries() {
		this.jdbc.sql("delete from audit_entry").update();
		Instant t0 = Instant.parse("2026-11-01T10:00:00Z");
		for (int i = 0; i < 60; i++) {
			this.repository.append(t0.plusSeconds(i), "alice", "10.0.0.1", AuditKind.LOGIN, null, AuditOutcome.SUCCESS,
					"alice-" + i);
		}
		this.repository.append(t0.plusSeconds(100), "bob", "10.0.0.2", AuditKind.LOGIN, null, AuditOutcome.FAILURE,
				"<script>x</script>");
	}

	@Test
	void adminSeesEveryoneNewestFirstPagedByFifty() {
		Document page = page(this.mvc.get().uri("/audit").with(user("root").roles("ADMIN")));
		assertThat(page.select("#audit-rows tbody tr")).hasSize(50);
		assertThat(page.select("#audit-rows tbody tr").first().text()).contains("bob");
		assertThat(page.select(".pager a").text()).contains("Older");
		Document second = page(this.mvc.get().uri("/audit").param("page", "1").with(user("root").roles("ADMIN")));
		assertThat(second.select("#audit-rows tbody tr")).hasSize(11);
	}

	@Test
	void adminFiltersByUser() {
		Document page = page(this.mvc.get().uri("/audit").param("user", "bob").with(user("root").roles("ADMIN")));
		assertThat(page.select("#audit-rows tbody tr")).hasSize(1);
	}

	@Test
	void othersSeeOnlyTheirOwnEntriesWhateverTheyAskFor() {
		Document page = page(this.mvc.get().uri("/audit").param("user", "alice").with(user("bob").roles("OPERATOR")));
		assertThat(page.select("#audit-rows tbody tr")).hasSize(1)
			.allSatisfy(row -> assertThat(row.text()).contains("bob"));
		assertThat(page.select("input[name=user]")).isEmpty();
	}

	@Test
	void valuesAreEscapedNotRendered() {
		Document page = page(this.mvc.get().uri("/audit").param("user", "bob").with(user("root").roles("ADMIN")));
		assertThat(page.select("#audit-rows script")).isEmpty();
		assertThat(page.select("#audit-rows").text()).contains("<script>x</script>");
	}

	@Test
	void htmxRequestGetsOnlyTheRowsFragment() {
		assertThat(this.mvc.get()
			.uri("/audit")
			.param("kind", "LOGIN")
			.header("HX-Request", "true")
			.with(user("root").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("id=\"audit-rows\"")
			.doesNotContain("<html")
			.doesNotContain("app-header");
	}

	@Test
	void okIsGreenKindsAreWordsAndLongDetailsCanWrap() {
		this.repository.append(Instant.parse("2026-11-01T11:00:00Z"), "carol", "10.0.0.3", AuditKind.GUEST_SHUTDOWN,
				"101 homeassistant on pve", AuditOutcome.OK,
				"action #7; UPID UPID:pve:0001A2B3:0A1B2C3D:6745A1B2:qmshutdown:101:carol@pvedash:");
		Document page = page(this.mvc.get().uri("/audit").param("user", "carol").with(user("root").roles("ADMIN")));
		assertThat(page.select("#audit-rows tbody tr td[data-label=Kind]").text()).isEqualTo("Shut down");
		assertThat(page.select("#audit-rows tbody tr .badge").attr("class")).contains("badge-ok")
			.doesNotContain("error");
		assertThat(page.select("#audit-rows table").hasClass("audit")).isTrue();
		assertThat(page.select("select[name=kind] option[value=GUEST_SHUTDOWN]").text()).isEqualTo("Shut down");
	}

	/** The stored word in its colour, as the page has always shown written outcomes. */
	@ParameterizedTest
	@CsvSource({ "SUCCESS, badge-ok", "FAILURE, badge-error", "LOCKED, badge-off", "DENIED, badge-error",
			"REQUESTED, badge-info", "OK, badge-ok", "FAILED, badge-error", "NOT_SENT, badge-warn",
			"UNKNOWN, badge-warn", "PARTIAL, badge-warn", "SOMETHING, badge-off" })
	void outcomesShowTheirWordsInTheirColour(String stored, String badge) {
		this.jdbc.sql("""
				insert into audit_entry (occurred_at, actor, kind, outcome)
				values (timestamp '2026-11-01 12:00:00', 'dave', 'LOGIN', ?)""").param(stored).update();
		Document page = page(this.mvc.get().uri("/audit").param("user", "dave").with(user("root").roles("ADMIN")));
		assertThat(page.select("#audit-rows tbody tr .badge").attr("class")).isEqualTo("badge " + badge);
		assertThat(page.select("#audit-rows tbody tr .badge").text())
			.isEqualTo(stored.equals("SOMETHING") ? "unrecognised" : stored);
	}

	private Document page(MockMvcRequestBuilder request) {
		return Jsoup.parse(assertThat(request).hasStatusOk().bodyText().actual());
	}

}
