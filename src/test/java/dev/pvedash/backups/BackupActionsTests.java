package dev.pvedash.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.pvedash.guests.GuestActionSlice;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.TaskFilter;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.MalformedIds;
import dev.pvedash.support.PveDashWebMvcTest;

/**
 * "Back up now" and the admin settings: who may, what is refused before PVE hears of it,
 * what is audited (docs/backups.md). This module's pages and settings are real on H2;
 * "Back up now" goes through the guests module and its test PVE (a simulator, see
 * GuestActionSlice), where the test counts the vzdump tasks.
 */
@PveDashWebMvcTest({ BackupNowController.class, BackupSettingsController.class, BackupsController.class })
@Import({ BackupPages.class, BackupTable.class, BackupStates.class, Protection.class, ProtectionSettings.class,
		BackupRepository.class, BackupJobRepository.class, LastTaskRepository.class, BackupSettingsRepository.class,
		BackupsConfiguration.class, BackupsVersion.class, GuestActionSlice.GuestsModule.class })
class BackupActionsTests {

	@Autowired
	MessageSource messages;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FakeInventory inventory;

	@Autowired
	BackupRepository backups;

	@Autowired
	BackupJobRepository jobs;

	@Autowired
	ProxmoxClient client;

	@Autowired
	JdbcClient jdbc;

	/** Leave the inventory empty, as found: each test fills what it needs. */
	@AfterEach
	void leaveTheInventoryEmpty() {
		this.inventory.clear();
	}

	@BeforeEach
	void homelab() {
		this.inventory.hosts.add(Homes.host("pve", true));
		Homes.put(this.inventory, Homes.guest(102, "docker-host", false));
		BackupFixtures.homelab(this.backups, this.jobs, Instant.now());
	}

	long vzdumps() {
		return this.client.tasks("pve", TaskFilter.all().withVmid(102).withSource(TaskFilter.Source.ALL).withLimit(500))
			.stream()
			.filter(t -> t.upid().type().equals("vzdump"))
			.count();
	}

	@Test
	void viewersAndMadeUpStoragesNeverReachPve() throws Exception {
		long before = vzdumps();
		assertThat(this.mvc.post()
			.uri("/guests/102/backup")
			.param("storage", "local")
			.with(csrf())
			.with(user("v").roles("VIEWER"))).hasStatus(HttpStatus.FORBIDDEN);
		for (String storage : new String[] { "nope", "local-lvm", "../local", "" }) {
			String body = assertThat(this.mvc.post()
				.uri("/guests/102/backup")
				.param("storage", storage)
				.with(csrf())
				.with(user("o").roles("OPERATOR"))).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().actual();
			assertThat(body).contains("Choose one of the backup storages of node pve");
		}
		assertThat(this.mvc.post().uri("/guests/102/backup").with(csrf()).with(user("o").roles("OPERATOR")))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(this.mvc.post()
			.uri("/guests/abc/backup")
			.param("storage", "local")
			.with(csrf())
			.with(user("o").roles("OPERATOR"))).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.post()
			.uri("/guests/4242/backup")
			.param("storage", "local")
			.with(csrf())
			.with(user("o").roles("OPERATOR"))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(vzdumps()).isEqualTo(before);
	}

	@Test
	void aDoubleClickSendsOneVzdumpAndHtmxGetsTheTaskFragment() throws Exception {
		long before = vzdumps();
		String first = assertThat(this.mvc.post()
			.uri("/guests/102/backup")
			.param("storage", "local")
			.header("HX-Request", "true")
			.with(csrf())
			.with(user("o").roles("OPERATOR"))).hasStatusOk().bodyText().actual();
		assertThat(first).contains("class=\"task");
		String second = assertThat(this.mvc.post()
			.uri("/guests/102/backup")
			.param("storage", "local")
			.with(csrf())
			.with(user("o").roles("OPERATOR"))).hasStatus(HttpStatus.FOUND).actual().getResponse().getRedirectedUrl();
		assertThat(second).matches("/tasks/\\d+");
		assertThat(vzdumps()).isEqualTo(before + 1);
	}

	@Test
	void settingsAreForAdminsAndAudited() throws Exception {
		assertThat(this.mvc.get().uri("/backups/settings").with(user("o").roles("OPERATOR")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/backups/settings/storages/local")
			.param("location", "OFF_HOST")
			.with(csrf())
			.with(user("o").roles("OPERATOR"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/backups/settings").with(user("a").roles("ADMIN"))).hasStatusOk();
		assertThat(this.mvc.post()
			.uri("/backups/settings/storages/local")
			.param("location", "OFF_HOST")
			.with(csrf())
			.with(user("a").roles("ADMIN"))).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri("/backups/settings/guests/102")
			.param("notNeeded", "true")
			.with(csrf())
			.with(user("a").roles("ADMIN"))).hasStatus(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(this.mvc.post()
			.uri("/backups/settings/guests/102")
			.param("notNeeded", "true")
			.param("reason", "rebuilt from git")
			.with(csrf())
			.with(user("a").roles("ADMIN"))).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri("/backups/settings/templates")
			.param("exclude", "true")
			.with(csrf())
			.with(user("a").roles("ADMIN"))).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.sql("select target from audit_entry where kind = 'BACKUP_SETTING' and actor = 'a'")
			.query(String.class)
			.list()).contains("storage-location local", "guest 102", "exclude-templates");
		String page = this.mvc.get()
			.uri("/backups")
			.with(user("v").roles("VIEWER"))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("no backup needed: rebuilt from git");
		assertThat(org.jsoup.Jsoup.parse(page).select("#guest-102 .verdict .badge").first().text())
			.isEqualTo("Protected");
		assertThat(this.mvc.post()
			.uri("/backups/settings/storages/local")
			.param("location", "BY_TYPE")
			.with(csrf())
			.with(user("a").roles("ADMIN"))).hasStatus(HttpStatus.FOUND);
	}

	@ParameterizedTest
	@MethodSource("dev.pvedash.support.MalformedIds#vmids")
	void aMalformedGuestIdIsTheGuestPagesOne400(String vmid) throws Exception {
		assertThat(MalformedIds.alertMessage(this.mvc.post()
			.uri("/guests/{vmid}/backup", vmid)
			.param("storage", "local")
			.with(user("op").roles("OPERATOR"))
			.with(csrf()))).isEqualTo(MalformedIds.expected(this.messages));
	}

}
