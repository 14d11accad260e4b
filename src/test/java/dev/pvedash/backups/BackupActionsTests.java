package dev.pvedash.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.TaskFilter;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.AllModulesWebMvcTest;

/** "Back up now" and the admin settings: who may, what is refused before PVE hears of it, what is audited. */
@AllModulesWebMvcTest
class BackupActionsTests {

	@Autowired
	MockMvc mvc;

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

	/** The slice's inventory is shared with other test classes: leave it empty, as found. */
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
		this.mvc.perform(post("/guests/102/backup").param("storage", "local").with(csrf()).with(user("v").roles("VIEWER")))
			.andExpect(status().isForbidden());
		for (String storage : new String[] { "nope", "local-lvm", "../local", "" }) {
			String body = this.mvc.perform(post("/guests/102/backup").param("storage", storage).with(csrf())
					.with(user("o").roles("OPERATOR")))
				.andExpect(status().isUnprocessableContent())
				.andReturn().getResponse().getContentAsString();
			assertThat(body).contains("Choose one of the backup storages of node pve");
		}
		this.mvc.perform(post("/guests/102/backup").with(csrf()).with(user("o").roles("OPERATOR")))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(post("/guests/abc/backup").param("storage", "local").with(csrf()).with(user("o").roles("OPERATOR")))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/guests/4242/backup").param("storage", "local").with(csrf()).with(user("o").roles("OPERATOR")))
			.andExpect(status().isNotFound());
		assertThat(vzdumps()).isEqualTo(before);
	}

	@Test
	void aDoubleClickSendsOneVzdumpAndHtmxGetsTheTaskFragment() throws Exception {
		long before = vzdumps();
		String first = this.mvc.perform(post("/guests/102/backup").param("storage", "local").header("HX-Request", "true")
				.with(csrf()).with(user("o").roles("OPERATOR")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(first).contains("class=\"task");
		String second = this.mvc.perform(post("/guests/102/backup").param("storage", "local").with(csrf())
				.with(user("o").roles("OPERATOR")))
			.andExpect(status().isFound())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(second).matches("/tasks/\\d+");
		assertThat(vzdumps()).isEqualTo(before + 1);
	}

	@Test
	void settingsAreForAdminsAndAudited() throws Exception {
		this.mvc.perform(get("/backups/settings").with(user("o").roles("OPERATOR"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/backups/settings/storages/local").param("location", "OFF_HOST").with(csrf())
				.with(user("o").roles("OPERATOR"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/backups/settings").with(user("a").roles("ADMIN"))).andExpect(status().isOk());
		this.mvc.perform(post("/backups/settings/storages/local").param("location", "OFF_HOST").with(csrf())
				.with(user("a").roles("ADMIN"))).andExpect(status().isFound());
		this.mvc.perform(post("/backups/settings/guests/102").param("notNeeded", "true").with(csrf())
				.with(user("a").roles("ADMIN"))).andExpect(status().isUnprocessableEntity());
		this.mvc.perform(post("/backups/settings/guests/102").param("notNeeded", "true").param("reason", "rebuilt from git")
				.with(csrf()).with(user("a").roles("ADMIN"))).andExpect(status().isFound());
		this.mvc.perform(post("/backups/settings/templates").param("exclude", "true").with(csrf())
				.with(user("a").roles("ADMIN"))).andExpect(status().isFound());
		assertThat(this.jdbc.sql("select target from audit_entry where kind = 'BACKUP_SETTING' and actor = 'a'")
			.query(String.class).list()).contains("storage-location local", "guest 102", "exclude-templates");
		String page = this.mvc.perform(get("/backups").with(user("v").roles("VIEWER")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("no backup needed: rebuilt from git");
		assertThat(org.jsoup.Jsoup.parse(page).select("#guest-102 .verdict .badge").first().text()).isEqualTo("Protected");
		this.mvc.perform(post("/backups/settings/storages/local").param("location", "BY_TYPE").with(csrf())
			.with(user("a").roles("ADMIN"))).andExpect(status().isFound());
	}

}
