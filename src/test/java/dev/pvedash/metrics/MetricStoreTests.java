package dev.pvedash.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.pvedash.support.MutableClock;

/**
 * The V10 tables as Flyway creates them: upserts, roll-up, pruning, queries and the
 * forecast on real H2.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ MetricStore.class, RollupJob.class, Metrics.class, StorageForecasts.class, MetricStoreTests.Beans.class })
class MetricStoreTests {

	static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

	/**
	 * Imported, not annotated: the web slice scans this package and must not pick these
	 * up.
	 */
	static class Beans {

		@Bean
		MutableClock clock() {
			return new MutableClock(T0);
		}

		@Bean
		MetricsProperties metricsProperties() {
			return MetricsProperties.defaults();
		}

	}

	@Autowired
	MetricStore store;

	@Autowired
	RollupJob rollup;

	@Autowired
	Metrics metrics;

	@Autowired
	StorageForecasts forecasts;

	@Autowired
	MutableClock clock;

	static Double[] storage(Double used, Double total) {
		return new Double[] { used, total };
	}

	@Test
	void liveValuesWinBackfillOnlyFillsGapsColumnByColumn() {
		Entity entity = this.store.entity(Kind.STORAGE, "storage/pve/a", "pve", null, null, "a");
		long t = 1_764_756_000L;
		this.store.write(Kind.STORAGE, Tier.TEN_MINUTES, entity.id(),
				List.of(new Row(t, storage(5.0, null), storage(null, null))), true);
		this.store.write(Kind.STORAGE, Tier.TEN_MINUTES, entity.id(),
				List.of(new Row(t, storage(9.0, 100.0), storage(9.0, 100.0))), false);
		assertThat(this.store.read(Kind.STORAGE, Tier.TEN_MINUTES, entity.id(), t, t + 600))
			.containsExactly(new Row(t, storage(5.0, 100.0), storage(9.0, 100.0)));
		this.store.write(Kind.STORAGE, Tier.TEN_MINUTES, entity.id(),
				List.of(new Row(t, storage(6.0, null), storage(null, null))), true);
		assertThat(this.store.read(Kind.STORAGE, Tier.TEN_MINUTES, entity.id(), t, t + 600).get(0).avg())
			.containsExactly(6.0, 100.0);
		assertThat(this.store.newest(Kind.STORAGE, Tier.TEN_MINUTES, 0)).containsEntry(entity.id(), t);
		assertThat(this.store.newest(Kind.STORAGE, Tier.MINUTE, 0)).doesNotContainKey(entity.id());
		// the same ref is the same entity; a guest that moved keeps its id
		Entity guest = this.store.entity(Kind.GUEST, "guest/300", "pve", "qemu", 300, null);
		assertThat(this.store.entity(Kind.GUEST, "guest/300", "pve2", "qemu", 300, null).id()).isEqualTo(guest.id());
		assertThat(this.store.find("guest/300")).hasValueSatisfying((e) -> assertThat(e.node()).isEqualTo("pve2"));
	}

	@Test
	void rollupFillsTheCoarseTiersAndPruningDropsOldRows() {
		Entity entity = this.store.entity(Kind.STORAGE, "storage/pve/b", "pve", null, null, "b");
		Instant now = this.clock.instant();
		List<Row> minutes = new ArrayList<>();
		for (long t = Tier.TEN_MINUTES.bucket(now.getEpochSecond()) - 600; t < now.getEpochSecond(); t += 60) {
			minutes.add(new Row(t, storage((double) (t % 600) / 60, 10.0), storage(null, null)));
		}
		this.store.write(Kind.STORAGE, Tier.MINUTE, entity.id(), minutes, true);
		this.store.write(Kind.STORAGE, Tier.MINUTE, entity.id(), List
			.of(new Row(now.minus(Duration.ofDays(3)).getEpochSecond(), storage(1.0, 1.0), storage(null, null))), true);
		this.rollup.rollUp(now);
		List<Row> ten = this.store.read(Kind.STORAGE, Tier.TEN_MINUTES, entity.id(), 0, now.getEpochSecond());
		assertThat(ten).hasSize(1);
		assertThat(ten.get(0).avg()).containsExactly(4.5, 10.0);
		assertThat(ten.get(0).max()).containsExactly(9.0, 10.0);
		assertThat(this.store.read(Kind.STORAGE, Tier.TWO_HOURS, entity.id(), 0, now.getEpochSecond() + 1)).hasSize(1);
		assertThat(this.rollup.prune(now)).isGreaterThanOrEqualTo(1);
		assertThat(this.store.read(Kind.STORAGE, Tier.MINUTE, entity.id(), 0, now.getEpochSecond() + 1))
			.hasSize(minutes.size());
	}

	@Test
	void theOpenBucketIsRolledUpWhenReadAndWrittenOnceItHasClosed() {
		Entity entity = this.store.entity(Kind.STORAGE, "storage/pve/d", "pve", null, null, "d");
		try {
			this.clock.advance(Duration.ofMinutes(5)); // 10:05: the 10:00 buckets are
														// open
			Instant now = this.clock.instant();
			List<Row> minutes = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				minutes.add(new Row(T0.getEpochSecond() + 60 * i, storage(1.0 + i, 10.0), storage(null, null)));
			}
			this.store.write(Kind.STORAGE, Tier.MINUTE, entity.id(), minutes, true);
			this.rollup.rollUp(now);
			assertThat(this.store.read(Kind.STORAGE, Tier.TEN_MINUTES, entity.id(), 0, now.getEpochSecond() + 1))
				.isEmpty();
			MetricPoint day = last(this.metrics.storage("pve", "d", MetricRange.H24));
			assertThat(day.t()).isEqualTo(T0.getEpochSecond());
			assertThat(day.values()).containsEntry("used", 3.0).containsEntry("used_max", 5.0);
			MetricPoint year = last(this.metrics.storage("pve", "d", MetricRange.Y1));
			assertThat(year.t()).isEqualTo(T0.getEpochSecond() - 10 * 3_600);
			assertThat(year.values()).containsEntry("used", 3.0).containsEntry("used_max", 5.0);

			this.clock.advance(Duration.ofMinutes(5)); // 10:10: the 10-minute bucket has
														// closed
			this.rollup.rollUp(this.clock.instant());
			assertThat(this.store.read(Kind.STORAGE, Tier.TEN_MINUTES, entity.id(), 0, T0.getEpochSecond() + 600))
				.singleElement()
				.satisfies((row) -> assertThat(row.avg()).containsExactly(3.0, 10.0))
				.satisfies((row) -> assertThat(row.max()).containsExactly(5.0, 10.0));
			// written once: a later run leaves the closed bucket alone
			this.store.write(Kind.STORAGE, Tier.TEN_MINUTES, entity.id(),
					List.of(new Row(T0.getEpochSecond(), storage(7.0, 10.0), storage(7.0, 10.0))), true);
			this.clock.advance(Duration.ofMinutes(1));
			this.rollup.rollUp(this.clock.instant());
			assertThat(this.store.read(Kind.STORAGE, Tier.TEN_MINUTES, entity.id(), 0, T0.getEpochSecond() + 600))
				.singleElement()
				.satisfies((row) -> assertThat(row.avg()).containsExactly(7.0, 10.0));
			assertThat(this.store.read(Kind.STORAGE, Tier.TWO_HOURS, entity.id(), 0,
					this.clock.instant().getEpochSecond()))
				.isEmpty();
		}
		finally {
			this.clock.advance(Duration.between(this.clock.instant(), T0));
		}
	}

	static MetricPoint last(MetricSeries series) {
		return series.points().get(series.points().size() - 1);
	}

	@Test
	void queriesAnswerEveryBucketAndTheForecastReadsTheTwoHourTier() {
		Entity entity = this.store.entity(Kind.STORAGE, "storage/pve/c", "pve", null, null, "c");
		Instant now = this.clock.instant();
		List<Row> rows = new ArrayList<>();
		for (long t = Tier.TWO_HOURS.bucket(now.minus(Duration.ofDays(20)).getEpochSecond()); t <= now
			.getEpochSecond(); t += 7_200) {
			double used = 100e9 + (t - now.getEpochSecond()) / 86_400.0 * 1e9; // 1 GB a
																				// day
			if (t % 86_400 != 0) { // one gap a day
				rows.add(new Row(t, storage(used, 200e9), storage(used, 200e9)));
			}
		}
		this.store.write(Kind.STORAGE, Tier.TWO_HOURS, entity.id(), rows, true);
		MetricSeries month = this.metrics.storage("pve", "c", MetricRange.D30);
		assertThat(month.points()).hasSize(360);
		assertThat(month.points()).filteredOn((p) -> p.values().get("used") == null).hasSizeGreaterThan(100);
		MetricSeries year = this.metrics.storage("pve", "c", MetricRange.Y1);
		assertThat(year.points()).hasSize(730);
		assertThat(year.points()).filteredOn((p) -> p.values().get("used") != null).hasSizeBetween(40, 42);
		assertThat(this.forecasts.of("pve", "c")).hasValueSatisfying((forecast) -> {
			assertThat(forecast.state()).isEqualTo(StorageForecast.State.FILLING);
			assertThat(forecast.fullInDays()).isBetween(99.0, 101.0);
		});
		assertThat(this.forecasts.of("pve", "unknown")).isEmpty();
		assertThat(this.metrics.node("nosuch", MetricRange.H1).points()).hasSize(60)
			.allSatisfy((p) -> assertThat(p.values().values()).containsOnlyNulls());
	}

}
