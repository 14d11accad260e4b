package dev.pvedash.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * rrddata answers into tiers: PVE 8 and PVE 9 spacings, a spacing change part-way,
 * omitted values.
 */
class RrdMappingTests {

	static RrdMapping.Point p(long t, Double a, Double b) {
		return new RrdMapping.Point(t, new Double[] { a, b });
	}

	static List<RrdMapping.Point> every(long step, long from, int count, Double a) {
		List<RrdMapping.Point> points = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			points.add(p(from + i * step, a, 1.0));
		}
		return points;
	}

	@Test
	void minutePointsFillTheMinuteTierAndCombineIntoTenMinutes() {
		List<RrdMapping.Point> points = List.of(p(600, 1.0, 10.0), p(660, 3.0, null), p(720, null, 30.0));
		assertThat(RrdMapping.toTier(points, false, Tier.MINUTE, 0, 10_000, 2)).extracting(Row::t)
			.containsExactly(600L, 660L, 720L);
		List<Row> ten = RrdMapping.toTier(points, false, Tier.TEN_MINUTES, 0, 10_000, 2);
		assertThat(ten).containsExactly(new Row(600, new Double[] { 2.0, 20.0 }, new Double[2]));
		List<Row> max = RrdMapping.toTier(points, true, Tier.TEN_MINUTES, 0, 10_000, 2);
		assertThat(max).containsExactly(new Row(600, new Double[2], new Double[] { 3.0, 30.0 }));
	}

	@Test
	void coarsePointsFillEveryBucketTheyCoverButNeverTheMinuteTier() {
		List<RrdMapping.Point> points = every(1_800, 0, 3, 5.0); // PVE 8 "day": 30
																	// minutes apart
		assertThat(RrdMapping.toTier(points, false, Tier.MINUTE, 0, 100_000, 2)).isEmpty();
		List<Row> ten = RrdMapping.toTier(points, false, Tier.TEN_MINUTES, 0, 100_000, 2);
		assertThat(ten).extracting(Row::t)
			.containsExactly(0L, 600L, 1_200L, 1_800L, 2_400L, 3_000L, 3_600L, 4_200L, 4_800L);
		assertThat(ten).allSatisfy((row) -> assertThat(row.avg()[0]).isEqualTo(5.0));
	}

	@Test
	void spacingChangingPartWayMapsEachPartWithItsOwnStep() {
		// older part from a PVE 8 file (30 min), newer from PVE 9 (1 min)
		List<RrdMapping.Point> points = new ArrayList<>(every(1_800, 0, 2, 7.0));
		points.addAll(every(60, 3_600, 20, 1.0));
		List<Row> ten = RrdMapping.toTier(points, false, Tier.TEN_MINUTES, 0, 100_000, 2);
		assertThat(ten).extracting(Row::t).containsExactly(0L, 600L, 1_200L, 1_800L, 2_400L, 3_000L, 3_600L, 4_200L);
		assertThat(ten.get(5).avg()[0]).isEqualTo(7.0);
		assertThat(ten.get(6).avg()[0]).isEqualTo(1.0);
		assertThat(RrdMapping.toTier(points, false, Tier.MINUTE, 0, 100_000, 2)).hasSize(20);
	}

	@Test
	void omittedValuesStayGapsAndEmptyPointsAreNotWritten() {
		List<RrdMapping.Point> points = List.of(p(0, null, 4.0), p(60, null, null), p(120, 2.0, null));
		List<Row> rows = RrdMapping.toTier(points, false, Tier.MINUTE, 0, 100_000, 2);
		assertThat(rows).extracting(Row::t).containsExactly(0L, 120L);
		assertThat(rows.get(0).avg()[0]).isNull();
		assertThat(rows.get(1).avg()[1]).isNull();
	}

	@Test
	void nothingBeforeTheRetentionOrAfterNow() {
		List<RrdMapping.Point> points = every(604_800, 0, 3, 1.0); // PVE 8 "year": a week
																	// apart
		List<Row> rows = RrdMapping.toTier(points, false, Tier.TWO_HOURS, 604_800, 700_000, 2);
		assertThat(rows).extracting(Row::t).first().isEqualTo(604_800L);
		assertThat(rows).extracting(Row::t).last().isEqualTo(698_400L);
		assertThat(rows).hasSize(14); // every two hours from 604,800 to 698,400
		// a retention start between buckets keeps the first whole bucket after it
		assertThat(RrdMapping.toTier(points, false, Tier.TWO_HOURS, 604_801, 700_000, 2)).extracting(Row::t)
			.first()
			.isEqualTo(612_000L);
	}

	@Test
	void backfillAsksOnlyForTheFramesThatReachTheGap() {
		assertThat(BackfillPlan.calls(null, 1_000_000)).hasSize(9);
		assertThat(BackfillPlan.calls(1_000_000L - 600, 1_000_000)).extracting(BackfillPlan.Call::frame)
			.containsExactly(dev.pvedash.proxmox.RrdTimeframe.HOUR);
		assertThat(BackfillPlan.calls(1_000_000L - 5 * 3_600, 1_000_000)).hasSize(3);
		assertThat(BackfillPlan.calls(1_000_000L - 3 * 86_400, 1_000_000)).hasSize(5);
	}

}
