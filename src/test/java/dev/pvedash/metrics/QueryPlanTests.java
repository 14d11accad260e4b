package dev.pvedash.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QueryPlanTests {

	static final Instant NOW = Instant.parse("2026-12-03T10:07:30Z");

	@ParameterizedTest
	@EnumSource(MetricRange.class)
	void everyRangeCoversItsSpanWithAtMostAThousandPoints(MetricRange range) {
		QueryPlan plan = QueryPlan.of(range);
		assertThat(plan.count()).isLessThanOrEqualTo(QueryPlan.MAX_POINTS);
		assertThat(plan.step() % plan.tier().step()).isZero();
		assertThat(plan.count() * plan.step()).isEqualTo(range.span().toSeconds());
		// a full tier (more rows than the range needs) still gives exactly the plan's
		// points
		List<Row> rows = new ArrayList<>();
		for (long t = plan.tier().bucket(NOW.getEpochSecond() - range.span().toSeconds() - 7_200); t <= NOW
			.getEpochSecond(); t += plan.tier().step()) {
			rows.add(new Row(t, new Double[] { 1.0, 2.0 }, new Double[] { 3.0, 2.0 }));
		}
		MetricSeries series = SeriesBuilder.build(Kind.STORAGE, range,
				rows.stream()
					.filter((row) -> row.t() >= plan.first(NOW) && row.t() < plan.last(NOW) + plan.step())
					.toList(),
				NOW);
		assertThat(series.points()).hasSize(plan.count());
		assertThat(series.points()).allSatisfy((point) -> assertThat(point.values().get("used")).isEqualTo(1.0));
		assertThat(series.points().get(series.points().size() - 1).t()).isLessThanOrEqualTo(NOW.getEpochSecond());
	}

	@ParameterizedTest
	@EnumSource(MetricRange.class)
	void rangesLongerThanAnHourReadOneEntitysRunOfKeys(MetricRange range) {
		QueryPlan plan = QueryPlan.of(range);
		assertThat(Key.entityFirst(plan.tier())).isEqualTo(range != MetricRange.H1);
		long from = Key.from(plan.tier(), 5, plan.first(NOW));
		long to = Key.from(plan.tier(), 5, plan.last(NOW) + plan.step());
		assertThat(Key.of(5, plan.tier(), plan.first(NOW))).isBetween(from, to - 1);
		assertThat(Key.of(5, plan.tier(), plan.last(NOW))).isBetween(from, to - 1);
		if (Key.entityFirst(plan.tier())) {
			// no other entity's row lies inside the range read
			assertThat(Key.of(4, plan.tier(), plan.last(NOW))).isLessThan(from);
			assertThat(Key.of(6, plan.tier(), plan.first(NOW))).isGreaterThanOrEqualTo(to);
		}
		else {
			// the minute tier reads every entity's rows of the hour and filters
			assertThat(Key.of(6, plan.tier(), plan.first(NOW))).isBetween(from, to - 1);
		}
	}

	@Test
	void missingBucketsAreNullsAndOptionalFieldsOnlyWhenPresent() {
		long minute = Tier.MINUTE.bucket(NOW.getEpochSecond());
		Double[] values = new Double[Kind.NODE.fields().size()];
		values[0] = 0.25;
		List<Row> rows = List.of(new Row(minute - 120, values, new Double[values.length]));
		MetricSeries series = SeriesBuilder.build(Kind.NODE, MetricRange.H1, rows, NOW);
		assertThat(series.fields()).startsWith("cpu", "cpu_max", "mem", "mem_max").doesNotContain("psicpu");
		assertThat(series.points()).hasSize(60);
		assertThat(series.points()).extracting(MetricPoint::t).isSorted();
		MetricPoint hit = series.points().get(57);
		assertThat(hit.t()).isEqualTo(minute - 120);
		assertThat(hit.values()).containsEntry("cpu", 0.25).containsEntry("cpu_max", 0.25).containsEntry("mem", null);
		assertThat(series.points().get(58).values()).containsOnlyKeys(series.fields()).containsEntry("cpu", null);
		assertThat(series.summary("cpu")).hasValue(new Summary(0.25, 0.25, 0.25));
		assertThat(series.summary("mem")).isEmpty();
	}

	@Test
	void rangeWords() {
		assertThat(MetricRange.parse("24h")).hasValue(MetricRange.H24);
		assertThat(MetricRange.parse("2h")).isEmpty();
		assertThat(MetricRange.Y1.word()).isEqualTo("1y");
	}

}
