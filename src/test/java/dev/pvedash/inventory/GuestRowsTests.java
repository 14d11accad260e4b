package dev.pvedash.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.pvedash.proxmox.GuestResource;
import dev.pvedash.proxmox.GuestState;
import dev.pvedash.proxmox.GuestType;

/**
 * The batched guest rows: new guests are inserted, known ones updated, and an update
 * never wipes the config columns it does not write; nulls are stored as nulls.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class GuestRowsTests {

	static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

	@Autowired
	JdbcTemplate template;

	@Autowired
	JdbcClient jdbc;

	@Test
	void insertsNewRowsUpdatesKnownOnesAndKeepsTheirConfig() {
		GuestRows rows = new GuestRows(this.template);
		rows.write(List.of(guest(101, "web", 0.5, null), guest(102, null, null, "backup")), Set.of(101, 102), T0);
		this.jdbc.sql("update poll_guest set config_due = false, cores = 4 where vmid = 101").update();
		rows.write(List.of(guest(101, "web-renamed", 0.25, null), guest(102, null, null, null),
				guest(103, "db", 1.0, null)), Set.of(103), T0.plusSeconds(10));
		assertThat(this.jdbc.sql("select vmid from poll_guest where vmid between 100 and 199 order by vmid")
			.query(Integer.class)
			.list()).containsExactly(101, 102, 103);
		assertThat(this.jdbc.sql("select name, cpu, cores, config_due from poll_guest where vmid = 101")
			.query((rs, n) -> List.of(rs.getString(1), rs.getDouble(2), rs.getInt(3), rs.getBoolean(4)))
			.single()).containsExactly("web-renamed", 0.25, 4, false);
		assertThat(this.jdbc.sql("select name, cpu, lock_name from poll_guest where vmid = 102")
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getObject(2), rs.getString(3) })
			.single()).containsExactly(null, null, null);
		assertThat(this.jdbc.sql("select config_due from poll_guest where vmid = 103").query(Boolean.class).single())
			.isTrue();
	}

	private static GuestResource guest(int vmid, String name, Double cpu, String lock) {
		return new GuestResource(GuestType.QEMU, vmid, "pve", name, "running", GuestState.RUNNING, cpu, 2.0, 1_000L,
				4_000L, null, 0L, 32_000L, 10L, 20L, 30L, 40L, 100L, false, List.of(), lock, null, null);
	}

}
