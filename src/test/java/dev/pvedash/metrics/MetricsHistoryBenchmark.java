package dev.pvedash.metrics;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import dev.pvedash.support.MutableClock;

/**
 * Measured, not asserted (docs/benchmarks.md, "Metrics history"): a year of history for 1
 * node, 100 guests and 3 storages, written the way the app writes it (10-minute buckets,
 * the last 48 hours as minutes) with the clock fast-forwarded in 2-hour steps (10 minutes
 * for the last 48 hours), rolled up and pruned by the real {@link RollupJob}, into an H2
 * file like the app's. Prints the file size and the query times. Run with
 * {@code ./mvnw -B -o test -Dtest=MetricsHistoryBenchmark -Dbenchmark=metrics [-Dbenchmark.days=365]}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "metrics")
class MetricsHistoryBenchmark {

	static final int GUESTS = 100;

	@Test
	void yearOfHistory() throws IOException {
		int days = Integer.getInteger("benchmark.days", 365);
		Path dir = Path.of("target", "benchmark-metrics", UUID.randomUUID().toString());
		Files.createDirectories(dir);
		Instant end = Instant.parse("2026-12-03T10:00:00Z");
		MutableClock clock = new MutableClock(end.minus(Duration.ofDays(days)));
		long started = System.nanoTime();
		try (HikariDataSource data = dataSource(dir)) {
			Flyway.configure().dataSource(data).load().migrate();
			MetricStore store = new MetricStore(JdbcClient.create(data), new JdbcTemplate(data),
					new DataSourceTransactionManager(data));
			RollupJob rollup = new RollupJob(store, MetricsProperties.defaults(), clock);
			Map<Kind, List<Entity>> entities = entities(store);
			Random random = new Random(8);
			long rows = 0;
			while (clock.instant().isBefore(end)) {
				Instant now = clock.instant();
				boolean recent = Duration.between(now, end).compareTo(Duration.ofHours(48)) <= 0;
				Tier tier = recent ? Tier.MINUTE : Tier.TEN_MINUTES;
				// the last 48 h as the app runs: minutes, rolled up every 10 minutes;
				// before that 2-hour steps
				Duration step = recent ? Duration.ofMinutes(10) : Duration.ofHours(2);
				for (Map.Entry<Kind, List<Entity>> kind : entities.entrySet()) {
					Map<Integer, List<Row>> batch = new HashMap<>();
					for (Entity entity : kind.getValue()) {
						List<Row> list = new ArrayList<>();
						for (long t = now.getEpochSecond(); t < now.getEpochSecond() + step.toSeconds(); t += tier
							.step()) {
							list.add(row(kind.getKey(), entity, t, tier, random));
						}
						batch.put(entity.id(), list);
						rows += list.size();
					}
					store.write(kind.getKey(), tier, batch, true);
				}
				clock.advance(step);
				rollup.runIfDue(); // a roll-up every step; pruning once an hour
			}
			long filled = System.nanoTime();
			JdbcTemplate jdbc = new JdbcTemplate(data);
			jdbc.execute("CHECKPOINT SYNC");
			long open = size(dir);
			Map<String, Long> counts = new HashMap<>();
			for (Kind kind : Kind.values()) {
				counts.put(kind.table(), jdbc.queryForObject("SELECT COUNT(*) FROM " + kind.table(), Long.class));
			}
			System.out.printf(
					"Metrics benchmark: %d days, %d rows written in %.1f s; rows kept %s; file while open %.1f MB%n",
					days, rows, (filled - started) / 1e9, counts, open / 1e6);
		}
		System.out.printf("Metrics benchmark: file after close %.1f MB%n", size(dir) / 1e6);
		try (HikariDataSource data = dataSource(dir)) {
			MetricStore store = new MetricStore(JdbcClient.create(data), new JdbcTemplate(data),
					new DataSourceTransactionManager(data));
			Metrics metrics = new Metrics(store, clock);
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			for (MetricRange range : MetricRange.values()) {
				long first = System.nanoTime();
				long firstCpu = threads.getCurrentThreadCpuTime();
				MetricSeries series = metrics.guest(151, range);
				long firstTime = System.nanoTime() - first;
				firstCpu = threads.getCurrentThreadCpuTime() - firstCpu;
				long[] times = new long[20];
				long[] cpu = new long[times.length];
				for (int i = 0; i < times.length; i++) {
					long t0 = System.nanoTime();
					long c0 = threads.getCurrentThreadCpuTime();
					metrics.guest(100 + i % GUESTS, range);
					times[i] = System.nanoTime() - t0;
					cpu[i] = threads.getCurrentThreadCpuTime() - c0;
				}
				Arrays.sort(times);
				Arrays.sort(cpu);
				long points = series.points().stream().filter((p) -> p.values().get("cpu") != null).count();
				// the thread's CPU time says what a query costs whatever else the machine
				// runs
				System.out.printf(
						"Metrics benchmark: guest %s: %d points (%d with values), first %.1f ms, median %.1f ms;"
								+ " CPU time first %.1f ms, median %.1f ms%n",
						range.word(), series.points().size(), points, firstTime / 1e6, times[10] / 1e6, firstCpu / 1e6,
						cpu[10] / 1e6);
			}
			new JdbcTemplate(data).execute("SHUTDOWN COMPACT");
		}
		System.out.printf("Metrics benchmark: file after SHUTDOWN COMPACT %.1f MB%n", size(dir) / 1e6);
		live(dir, clock);
	}

	/**
	 * Then as the app writes, back to back on the simulated clock: every 10 s a cycle
	 * writes each entity's current minute, a roll-up every minute, pruning every hour.
	 * After each cycle a {@code CHECKPOINT} stores what it changed, as H2's background
	 * writer does within a second (so in real time every cycle is a chunk of its own).
	 * Prints the time of a cycle's writes, of the roll-up runs, of the checkpoints, and
	 * the bytes H2 wrote per cycle (the pages a cycle touches); the file size says what
	 * steady writing adds.
	 */
	static void live(Path dir, MutableClock clock) throws IOException {
		int cycles = Integer.getInteger("benchmark.cycles", 720);
		try (HikariDataSource data = dataSource(dir)) {
			MetricStore store = new MetricStore(JdbcClient.create(data), new JdbcTemplate(data),
					new DataSourceTransactionManager(data));
			RollupJob rollup = new RollupJob(store, MetricsProperties.defaults(), clock);
			JdbcTemplate jdbc = new JdbcTemplate(data);
			Map<Kind, List<Entity>> entities = entities(store);
			MinuteAverages minutes = new MinuteAverages();
			Random random = new Random(9);
			List<Long> writes = new ArrayList<>();
			List<Long> plainBytes = new ArrayList<>();
			long rollups = 0;
			long slowestRollup = 0;
			long checkpoints = 0;
			long allBytes = writtenBytes(jdbc);
			for (int cycle = 0; cycle < cycles; cycle++) {
				long now = clock.instant().getEpochSecond();
				long bytes = writtenBytes(jdbc);
				long t0 = System.nanoTime();
				for (Map.Entry<Kind, List<Entity>> kind : entities.entrySet()) {
					Map<Integer, List<Row>> batch = new HashMap<>();
					for (Entity entity : kind.getValue()) {
						Row sample = row(kind.getKey(), entity, now, Tier.MINUTE, random);
						batch.put(entity.id(), List.of(minutes.add(entity.id(), now, sample.avg())));
					}
					store.write(kind.getKey(), Tier.MINUTE, batch, true);
				}
				long t1 = System.nanoTime();
				rollup.runIfDue();
				long t2 = System.nanoTime();
				jdbc.execute("CHECKPOINT");
				long t3 = System.nanoTime();
				writes.add(t1 - t0);
				if (cycle % 360 != 0) { // not the runs that prune
					rollups += t2 - t1;
					slowestRollup = Math.max(slowestRollup, t2 - t1);
				}
				if (cycle % 6 != 0) { // no roll-up ran
					plainBytes.add(writtenBytes(jdbc) - bytes);
				}
				checkpoints += t3 - t2;
				clock.advance(Duration.ofSeconds(10));
			}
			allBytes = writtenBytes(jdbc) - allBytes;
			System.out.printf(
					"Metrics benchmark: live cycle writes median %.2f ms (p90 %.2f); roll-up runs %.1f ms in all"
							+ " (slowest %.1f ms); checkpoints %.0f ms in all; H2 wrote %.0f KB per cycle without a"
							+ " roll-up (median), %.0f KB per cycle on average, %.1f MB in all%n",
					percentile(writes, 50) / 1e6, percentile(writes, 90) / 1e6, rollups / 1e6, slowestRollup / 1e6,
					checkpoints / 1e6, percentile(plainBytes, 50) / 1e3, allBytes / 1e3 / cycles, allBytes / 1e6);
			System.out.printf("Metrics benchmark: after %d live cycles (%s simulated) file while open %.1f MB%n",
					cycles, Duration.ofSeconds(cycles * 10L), size(dir) / 1e6);
		}
		System.out.printf("Metrics benchmark: after the live cycles, file after close %.1f MB%n", size(dir) / 1e6);
	}

	static long writtenBytes(JdbcTemplate jdbc) {
		return Long.parseLong(jdbc.queryForObject(
				"SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.FILE_WRITE_BYTES'",
				String.class));
	}

	static long percentile(List<Long> values, int percent) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
	}

	static HikariDataSource dataSource(Path dir) {
		HikariDataSource data = new HikariDataSource();
		data.setJdbcUrl("jdbc:h2:file:" + dir.toAbsolutePath() + "/pvedash;DB_CLOSE_ON_EXIT=FALSE");
		data.setUsername("pvedash");
		data.setPassword("");
		data.setMaximumPoolSize(2);
		return data;
	}

	static Map<Kind, List<Entity>> entities(MetricStore store) {
		Map<Kind, List<Entity>> entities = new java.util.LinkedHashMap<>();
		entities.put(Kind.NODE, List.of(store.entity(Kind.NODE, "node/pve", "pve", null, null, null)));
		List<Entity> guests = new ArrayList<>();
		for (int vmid = 100; vmid < 100 + GUESTS; vmid++) {
			guests.add(store.entity(Kind.GUEST, Entity.guestRef(vmid), "pve", "qemu", vmid, null));
		}
		entities.put(Kind.GUEST, guests);
		entities.put(Kind.STORAGE,
				List.of(store.entity(Kind.STORAGE, "storage/pve/local", "pve", null, null, "local"),
						store.entity(Kind.STORAGE, "storage/pve/local-lvm", "pve", null, null, "local-lvm"),
						store.entity(Kind.STORAGE, "storage/pve/nas", "pve", null, null, "nas")));
		return entities;
	}

	/**
	 * Plausible values: a daily curve plus noise; one guest in ten stopped (gaps but its
	 * memory size).
	 */
	static Row row(Kind kind, Entity entity, long t, Tier tier, Random random) {
		int width = kind.fields().size();
		Double[] avg = new Double[width];
		Double[] max = new Double[width];
		double day = 0.5 + 0.4 * Math.sin(t / 86_400.0 * 2 * Math.PI);
		boolean stopped = kind == Kind.GUEST && entity.vmid() % 10 == 0;
		for (int i = 0; i < width; i++) {
			String field = kind.fields().get(i);
			if (kind.optional(field) || (stopped && !field.equals("maxmem"))) {
				continue;
			}
			double scale = switch (field) {
				case "cpu", "iowait" -> 1;
				case "load" -> 4;
				case "netin", "netout", "diskread", "diskwrite" -> 5e6;
				default -> 8e9;
			};
			boolean capacity = field.equals("maxmem") || field.endsWith("total");
			double value = capacity ? scale : scale * day * (0.8 + 0.4 * random.nextDouble());
			avg[i] = value;
			max[i] = (tier == Tier.MINUTE || capacity) ? null : value * (1 + random.nextDouble());
		}
		return new Row(t, avg, max);
	}

	static long size(Path dir) throws IOException {
		try (var files = Files.list(dir)) {
			return files.mapToLong((file) -> file.toFile().length()).sum();
		}
	}

}
