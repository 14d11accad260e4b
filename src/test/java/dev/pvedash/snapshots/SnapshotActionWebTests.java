package dev.pvedash.snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.pvedash.guests.GuestTasks;
import dev.pvedash.inventory.GuestDetail;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.Homelabs;
import dev.pvedash.support.MalformedIds;
import dev.pvedash.support.WithOperator;
import dev.pvedash.support.WithViewer;

/**
 * Who may take, roll back and delete snapshots, and what is refused before PVE hears of
 * it (docs/snapshots.md, Actions).
 */
@SnapshotSlice
@WithOperator
class SnapshotActionWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	FakeInventory inventory;

	@Autowired
	ProxmoxClient client;

	@Autowired
	SnapshotSync sync;

	@Autowired
	SnapshotHistory history;

	@Autowired
	GuestTasks tasks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SnapshotsVersion version;

	@BeforeEach
	void readFromTheSimulator() {
		Homelabs.fill(this.inventory, Instant.now());
		StoredSnapshots.clear(this.jdbc, this.version);
		assertThat(this.sync.run()).hasSize(7); // the real lists, read through the real
												// client
	}

	@Test
	@WithViewer
	void viewersCannotActOrSeeConfirmations() throws Exception {
		long before = StoredSnapshots.pveTasks(this.client, 102);
		assertThat(this.mvc.post().uri("/guests/102/snapshots").with(csrf()).param("name", "x"))
			.hasStatus(HttpStatus.FORBIDDEN);
		String weekly = this.history.live(101).get(0).name();
		assertThat(this.mvc.post().uri("/guests/101/snapshots/" + weekly + "/delete").with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/guests/101/snapshots/" + weekly + "/rollback")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(StoredSnapshots.pveTasks(this.client, 102)).isEqualTo(before);
	}

	@Test
	void noCsrfNoSnapshot() throws Exception {
		long before = StoredSnapshots.pveTasks(this.client, 102);
		assertThat(this.mvc.post().uri("/guests/102/snapshots").param("name", "fine")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(StoredSnapshots.pveTasks(this.client, 102)).isEqualTo(before);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1st-try         | starts with a letter
			with space      | only contain letters
			current         | marker for the live state
			<script>x       | starts with a letter
			""")
	void badNameIsRefusedWithTheTypedValuesKeptAndNothingSent(String name, String message) throws Exception {
		long before = StoredSnapshots.pveTasks(this.client, 102);
		int rows = this.history.all(102).size();
		String html = assertThat(this.mvc.post()
			.uri("/guests/102/snapshots")
			.with(csrf())
			.header("HX-Request", "true")
			.param("name", name)
			.param("description", "keep <b>me</b>")
			.param("includeRam", "true")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().actual();
		Document form = Jsoup.parse(html);
		assertThat(form.select("#snapshot-form .alert-error").text()).contains(message);
		assertThat(form.select("#snapshot-name").val()).isEqualTo(name);
		assertThat(form.select("#snapshot-description").text()).isEqualTo("keep <b>me</b>");
		assertThat(html).doesNotContain("<b>me</b>").doesNotContain("<script>x");
		assertThat(form.select("input[name=includeRam]").hasAttr("checked")).isTrue();
		assertThat(StoredSnapshots.pveTasks(this.client, 102)).isEqualTo(before);
		assertThat(this.history.all(102)).hasSize(rows);
	}

	@Test
	void takenNameAndLongDescriptionAreRefusedToo() throws Exception {
		String taken = this.history.live(102).get(0).name();
		assertThat(this.mvc.post().uri("/guests/102/snapshots").with(csrf()).param("name", taken))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("already has a snapshot with that name")
			.contains("<html"); // without htmx: the whole page, form included
		assertThat(this.mvc.post()
			.uri("/guests/102/snapshots")
			.with(csrf())
			.header("HX-Request", "true")
			.param("name", "ok")
			.param("description", "x".repeat(1025))).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@Test
	void createdThroughTheFormShowsInTheTimelineAfterOneSyncRun() throws Exception {
		assertThat(this.mvc.post()
			.uri("/guests/102/snapshots")
			.with(csrf())
			.header("HX-Request", "true")
			.param("name", "before-upgrade")
			.param("description", "line one\n<script>alert(2)</script>")).hasStatusOk()
			.bodyText()
			.contains("class=\"task\"");
		await().atMost(Duration.ofSeconds(15)).until(() -> this.tasks.inFlight(102).isEmpty());
		assertThat(this.sync.run()).containsExactly(102); // marked due by the end of our
															// own task
		StoredSnapshot made = this.history.live(102)
			.stream()
			.filter(s -> s.name().equals("before-upgrade"))
			.findFirst()
			.orElseThrow();
		assertThat(made.madeBy()).isEqualTo(MadeBy.DASHBOARD_USER);
		assertThat(made.madeByWho()).isEqualTo("operator");
		// audited like a power action: the request before PVE was called, then PVE's
		// result
		assertThat(this.jdbc
			.sql("select outcome from audit_entry where kind = 'GUEST_SNAPSHOT' and target like ? order by id")
			.param("102 docker-host on pve: before-upgrade")
			.query(String.class)
			.list()).containsExactly("REQUESTED", "OK");
		String timeline = this.mvc.get().uri("/snapshots").exchange().getResponse().getContentAsString();
		assertThat(timeline).contains("before-upgrade")
			.contains("&lt;script&gt;alert(2)&lt;/script&gt;")
			.doesNotContain("<script>alert(2)");
	}

	@Test
	void rollbackConfirmationNamesNewerSnapshotsAndNeedsTheTypedName() throws Exception {
		List<StoredSnapshot> live = this.history.live(101); // newest first
		String oldest = live.get(live.size() - 1).name();
		Document confirm = Jsoup.parse(assertThat(
				this.mvc.get().uri("/guests/101/snapshots/" + oldest + "/rollback").header("HX-Request", "true"))
			.hasStatusOk()
			.bodyText()
			.actual());
		List<String> newer = new java.util.ArrayList<>(
				live.subList(0, live.size() - 1).stream().map(StoredSnapshot::name).toList());
		java.util.Collections.reverse(newer);
		assertThat(confirm.select("strong.newer").eachText()).containsExactlyElementsOf(newer).hasSize(3);
		assertThat(confirm.text()).contains("Everything written since then is lost");
		long before = StoredSnapshots.pveTasks(this.client, 101);
		assertThat(this.mvc.post()
			.uri("/guests/101/snapshots/" + oldest + "/rollback")
			.with(csrf())
			.param("confirmName", "HomeAssistant")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(StoredSnapshots.pveTasks(this.client, 101)).isEqualTo(before);
		assertThat(this.mvc.post()
			.uri("/guests/101/snapshots/" + oldest + "/rollback")
			.with(csrf())
			.param("confirmName", "homeassistant")).hasStatus3xxRedirection()
			.redirectedUrl()
			.matchesAntPattern("/tasks/*");
		await().atMost(Duration.ofSeconds(15)).until(() -> this.tasks.inFlight(101).isEmpty());
		assertThat(StoredSnapshots.pveTasks(this.client, 101, "qmrollback")).isEqualTo(1);
	}

	@Test
	void deleteAfterConfirmation() throws Exception {
		String name = this.history.live(200).get(0).name();
		assertThat(this.mvc.get().uri("/guests/200/snapshots/" + name + "/delete")).hasStatusOk()
			.bodyText()
			.contains("frees its space");
		assertThat(this.mvc.post()
			.uri("/guests/200/snapshots/" + name + "/delete")
			.with(csrf())
			.header("HX-Request", "true")).hasStatusOk();
		await().atMost(Duration.ofSeconds(15)).until(() -> this.tasks.inFlight(200).isEmpty());
		this.sync.run();
		assertThat(this.history.live(200)).noneMatch(s -> s.name().equals(name));
		assertThat(this.history.all(200)).anyMatch(s -> s.name().equals(name) && s.deleted());
	}

	@ParameterizedTest
	@CsvSource({ "1bad, 400", "bad.name, 400", "never-taken, 404" })
	void pathNamesAreCheckedFirst(String name, int expected) throws Exception {
		long before = StoredSnapshots.pveTasks(this.client, 103);
		assertThat(this.mvc.post().uri("/guests/103/snapshots/" + name + "/delete").with(csrf())).hasStatus(expected);
		assertThat(this.mvc.post()
			.uri("/guests/103/snapshots/" + name + "/rollback")
			.with(csrf())
			.param("confirmName", "win11-lab")).hasStatus(expected);
		assertThat(this.mvc.get().uri("/guests/103/snapshots/" + name + "/rollback")).hasStatus(expected);
		assertThat(StoredSnapshots.pveTasks(this.client, 103)).isEqualTo(before);
	}

	@Test
	void lockedGuestShowsTheLockAndIsRefused() throws Exception {
		GuestDetail pihole = this.inventory.guest(201).orElseThrow();
		GuestView g = pihole.guest();
		this.inventory.guests.remove(pihole);
		this.inventory.guests.add(new GuestDetail(
				new GuestView(g.vmid(), g.type(), g.node(), g.name(), g.state(), g.cpu(), g.cpus(), g.mem(), g.maxmem(),
						g.uptime(), g.tags(), "backup", false, g.asOf()),
				pihole.cores(), 1, 512L, List.of(), List.of(), true, null, false, List.of(), null, g.asOf()));
		long before = StoredSnapshots.pveTasks(this.client, 201);
		assertThat(this.mvc.post().uri("/guests/201/snapshots").with(csrf()).param("name", "while-locked"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("locked (backup)");
		Document page = Jsoup.parse(this.mvc.get().uri("/guests/201").exchange().getResponse().getContentAsString());
		assertThat(page.select("#snapshot-panel .lock").text()).contains("backup");
		assertThat(page.select("#snapshot-form")).isEmpty();
		assertThat(StoredSnapshots.pveTasks(this.client, 201)).isEqualTo(before);
	}

	@ParameterizedTest
	@MethodSource("dev.pvedash.support.MalformedIds#vmids")
	void aMalformedGuestIdIsTheGuestPagesOne400(String vmid) throws Exception {
		assertThat(MalformedIds
			.pageMessage(this.mvc.post().uri("/guests/{vmid}/snapshots", vmid).param("name", "s1").with(csrf())))
			.isEqualTo(MalformedIds.expected(this.messages));
	}

}
