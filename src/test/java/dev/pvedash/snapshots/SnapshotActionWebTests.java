package dev.pvedash.snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
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
	MockMvcTester tester;

	@Autowired
	MessageSource messages;

	@Autowired
	MockMvc mvc;

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

	@BeforeEach
	void readFromTheSimulator() {
		Homelabs.fill(this.inventory, Instant.now());
		StoredSnapshots.clear(this.jdbc);
		assertThat(this.sync.run()).hasSize(7); // the real lists, read through the real
												// client
	}

	@Test
	@WithViewer
	void viewersCannotActOrSeeConfirmations() throws Exception {
		long before = StoredSnapshots.pveTasks(this.client, 102);
		this.mvc.perform(post("/guests/102/snapshots").with(csrf()).param("name", "x"))
			.andExpect(status().isForbidden());
		String weekly = this.history.live(101).get(0).name();
		this.mvc.perform(post("/guests/101/snapshots/" + weekly + "/delete").with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/guests/101/snapshots/" + weekly + "/rollback")).andExpect(status().isForbidden());
		assertThat(StoredSnapshots.pveTasks(this.client, 102)).isEqualTo(before);
	}

	@Test
	void noCsrfNoSnapshot() throws Exception {
		long before = StoredSnapshots.pveTasks(this.client, 102);
		this.mvc.perform(post("/guests/102/snapshots").param("name", "fine")).andExpect(status().isForbidden());
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
		String html = this.mvc
			.perform(post("/guests/102/snapshots").with(csrf())
				.header("HX-Request", "true")
				.param("name", name)
				.param("description", "keep <b>me</b>")
				.param("includeRam", "true"))
			.andExpect(status().isUnprocessableEntity())
			.andReturn()
			.getResponse()
			.getContentAsString();
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
		this.mvc.perform(post("/guests/102/snapshots").with(csrf()).param("name", taken))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(r -> assertThat(r.getResponse().getContentAsString())
				.contains("already has a snapshot with that name")
				.contains("<html")); // without htmx: the whole page, form included
		this.mvc
			.perform(post("/guests/102/snapshots").with(csrf())
				.header("HX-Request", "true")
				.param("name", "ok")
				.param("description", "x".repeat(1025)))
			.andExpect(status().isUnprocessableEntity());
	}

	@Test
	void createdThroughTheFormShowsInTheTimelineAfterOneSyncRun() throws Exception {
		String html = this.mvc
			.perform(post("/guests/102/snapshots").with(csrf())
				.header("HX-Request", "true")
				.param("name", "before-upgrade")
				.param("description", "line one\n<script>alert(2)</script>"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("class=\"task\"");
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
		String timeline = this.mvc.perform(get("/snapshots")).andReturn().getResponse().getContentAsString();
		assertThat(timeline).contains("before-upgrade")
			.contains("&lt;script&gt;alert(2)&lt;/script&gt;")
			.doesNotContain("<script>alert(2)");
	}

	@Test
	void rollbackConfirmationNamesNewerSnapshotsAndNeedsTheTypedName() throws Exception {
		List<StoredSnapshot> live = this.history.live(101); // newest first
		String oldest = live.get(live.size() - 1).name();
		Document confirm = Jsoup
			.parse(this.mvc.perform(get("/guests/101/snapshots/" + oldest + "/rollback").header("HX-Request", "true"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		List<String> newer = new java.util.ArrayList<>(
				live.subList(0, live.size() - 1).stream().map(StoredSnapshot::name).toList());
		java.util.Collections.reverse(newer);
		assertThat(confirm.select("strong.newer").eachText()).containsExactlyElementsOf(newer).hasSize(3);
		assertThat(confirm.text()).contains("Everything written since then is lost");
		long before = StoredSnapshots.pveTasks(this.client, 101);
		this.mvc
			.perform(post("/guests/101/snapshots/" + oldest + "/rollback").with(csrf())
				.param("confirmName", "HomeAssistant"))
			.andExpect(status().isUnprocessableEntity());
		assertThat(StoredSnapshots.pveTasks(this.client, 101)).isEqualTo(before);
		this.mvc
			.perform(post("/guests/101/snapshots/" + oldest + "/rollback").with(csrf())
				.param("confirmName", "homeassistant"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/tasks/*"));
		await().atMost(Duration.ofSeconds(15)).until(() -> this.tasks.inFlight(101).isEmpty());
		assertThat(StoredSnapshots.pveTasks(this.client, 101, "qmrollback")).isEqualTo(1);
	}

	@Test
	void deleteAfterConfirmation() throws Exception {
		String name = this.history.live(200).get(0).name();
		this.mvc.perform(get("/guests/200/snapshots/" + name + "/delete"))
			.andExpect(status().isOk())
			.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("frees its space"));
		this.mvc.perform(post("/guests/200/snapshots/" + name + "/delete").with(csrf()).header("HX-Request", "true"))
			.andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(15)).until(() -> this.tasks.inFlight(200).isEmpty());
		this.sync.run();
		assertThat(this.history.live(200)).noneMatch(s -> s.name().equals(name));
		assertThat(this.history.all(200)).anyMatch(s -> s.name().equals(name) && s.deleted());
	}

	@ParameterizedTest
	@CsvSource({ "1bad, 400", "bad.name, 400", "never-taken, 404" })
	void pathNamesAreCheckedFirst(String name, int expected) throws Exception {
		long before = StoredSnapshots.pveTasks(this.client, 103);
		this.mvc.perform(post("/guests/103/snapshots/" + name + "/delete").with(csrf()))
			.andExpect(status().is(expected));
		this.mvc
			.perform(post("/guests/103/snapshots/" + name + "/rollback").with(csrf()).param("confirmName", "win11-lab"))
			.andExpect(status().is(expected));
		this.mvc.perform(get("/guests/103/snapshots/" + name + "/rollback")).andExpect(status().is(expected));
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
		this.mvc.perform(post("/guests/201/snapshots").with(csrf()).param("name", "while-locked"))
			.andExpect(status().isConflict())
			.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("locked (backup)"));
		Document page = Jsoup
			.parse(this.mvc.perform(get("/guests/201")).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#snapshot-panel .lock").text()).contains("backup");
		assertThat(page.select("#snapshot-form")).isEmpty();
		assertThat(StoredSnapshots.pveTasks(this.client, 201)).isEqualTo(before);
	}

	@ParameterizedTest
	@MethodSource("dev.pvedash.support.MalformedIds#vmids")
	void aMalformedGuestIdIsTheGuestPagesOne400(String vmid) throws Exception {
		assertThat(MalformedIds
			.pageMessage(this.tester.post().uri("/guests/{vmid}/snapshots", vmid).param("name", "s1").with(csrf())))
			.isEqualTo(MalformedIds.expected(this.messages));
	}

}
