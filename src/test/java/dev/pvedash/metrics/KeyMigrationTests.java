package dev.pvedash.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * {@code V14__metrics_key_by_tier.sql} on rows stored with the V10 key layout (tier,
 * time, entity on every tier): afterwards the store reads every row back at its entity,
 * tier and time, with its values.
 */
class KeyMigrationTests {

	static final long T = 1_764_756_000L; // 2025-12-03T10:00:00Z, a 2-hour boundary

	HikariDataSource data;

	JdbcTemplate jdbc;

	MetricStore store;

	@BeforeEach
	void migrateToV13() {
		this.data = new HikariDataSource();
		this.data.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		this.data.setUsername("sa");
		this.data.setPassword("");
		Flyway.configure().dataSource(this.data).target("13").load().migrate();
		this.jdbc = new JdbcTemplate(this.data);
		this.store = new MetricStore(JdbcClient.create(this.data), this.jdbc,
				new DataSourceTransactionManager(this.data));
	}

	@AfterEach
	void close() {
		this.jdbc.execute("SHUTDOWN");
		this.data.close();
	}

	/** How V10 packed a key: tier, bucket start, entity. */
	static long v10(int entity, Tier tier, long bucket) {
		return ((long) tier.code() << 56) | (bucket << 24) | entity;
	}

	void insertV10(Kind kind, int entity, Tier tier, long bucket, float value) {
		String first = kind.fields().get(0);
		this.jdbc.update("INSERT INTO " + kind.table() + " (k, " + first + ", " + first + "_max) VALUES (?, ?, ?)",
				v10(entity, tier, bucket), value, (tier == Tier.MINUTE) ? null : value * 2);
	}

	@Test
	void everyStoredRowIsReadBackAtItsEntityTierAndTime() {
		Entity node = this.store.entity(Kind.NODE, "node/pve", "pve", null, null, null);
		Entity a = this.store.entity(Kind.GUEST, "guest/100", "pve", "qemu", 100, null);
		Entity b = this.store.entity(Kind.GUEST, "guest/101", "pve", "lxc", 101, null);
		Entity disk = this.store.entity(Kind.STORAGE, "storage/pve/local", "pve", null, null, "local");
		for (Tier tier : Tier.values()) {
			for (int i = 0; i < 3; i++) {
				long t = T + i * tier.step();
				insertV10(Kind.GUEST, a.id(), tier, t, 10 * tier.code() + i);
				insertV10(Kind.GUEST, b.id(), tier, t, 100 + 10 * tier.code() + i);
				insertV10(Kind.NODE, node.id(), tier, t, 200 + 10 * tier.code() + i);
				insertV10(Kind.STORAGE, disk.id(), tier, t, 300 + 10 * tier.code() + i);
			}
		}

		Flyway.configure().dataSource(this.data).load().migrate();

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM metric_guest", Integer.class)).isEqualTo(18);
		for (Tier tier : Tier.values()) {
			long end = T + 3 * tier.step();
			assertThat(firsts(this.store.read(Kind.GUEST, tier, a.id(), T, end))).as("guest a, %s", tier)
				.containsExactly(10.0 * tier.code(), 10.0 * tier.code() + 1, 10.0 * tier.code() + 2);
			assertThat(firsts(this.store.read(Kind.GUEST, tier, b.id(), T + tier.step(), end))).as("guest b, %s", tier)
				.containsExactly(100.0 + 10 * tier.code() + 1, 100.0 + 10 * tier.code() + 2);
			assertThat(firsts(this.store.read(Kind.NODE, tier, node.id(), T, end))).as("node, %s", tier)
				.containsExactly(200.0 + 10 * tier.code(), 200.0 + 10 * tier.code() + 1, 200.0 + 10 * tier.code() + 2);
			assertThat(firsts(this.store.read(Kind.STORAGE, tier, disk.id(), T, end))).as("storage, %s", tier)
				.containsExactly(300.0 + 10 * tier.code(), 300.0 + 10 * tier.code() + 1, 300.0 + 10 * tier.code() + 2);
			List<Row> rows = this.store.read(Kind.GUEST, tier, a.id(), T, end);
			assertThat(rows).extracting(Row::t).containsExactly(T, T + tier.step(), T + 2 * tier.step());
			assertThat(rows.get(1).max()[0]).isEqualTo((tier == Tier.MINUTE) ? null : 2.0 * (10 * tier.code() + 1));
			Map<Integer, List<Row>> all = this.store.readAll(Kind.GUEST, tier, T, end);
			assertThat(all).containsOnlyKeys(a.id(), b.id());
			assertThat(firsts(all.get(b.id()))).containsExactly(100.0 + 10 * tier.code(), 100.0 + 10 * tier.code() + 1,
					100.0 + 10 * tier.code() + 2);
			assertThat(this.store.newest(Kind.GUEST, tier, T)).containsEntry(a.id(), T + 2 * tier.step())
				.containsEntry(b.id(), T + 2 * tier.step());
		}
	}

	@Test
	void anEmptyHistoryMigrates() {
		Flyway.configure().dataSource(this.data).load().migrate();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM metric_guest", Integer.class)).isZero();
	}

	static List<Double> firsts(List<Row> rows) {
		return rows.stream().map((row) -> row.avg()[0]).toList();
	}

}
