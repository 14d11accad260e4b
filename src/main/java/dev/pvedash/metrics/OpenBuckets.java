package dev.pvedash.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a tier with its newest buckets up to date. {@link RollupJob} writes a coarse
 * bucket once it has closed, so the bucket still filling (and the one just closed, until
 * the next run) is rolled up here from the finer tier, recursively, and laid over what is
 * stored column by column the way a roll-up writes it: the rolled-up value unless it is
 * null. A chart's last point is thereby as fresh as the last sample.
 */
final class OpenBuckets {

	private OpenBuckets() {
	}

	/** Rows of {@code [from, to)}, oldest first. */
	static List<Row> read(MetricStore store, Kind kind, Tier tier, int entity, long from, long to, Instant now) {
		List<Row> stored = store.read(kind, tier, entity, from, to);
		Tier finer = tier.finer();
		long recent = Math.max(from, tier.bucket(now.getEpochSecond()) - tier.step());
		if (finer == null || recent >= to) {
			return stored;
		}
		int width = kind.fields().size();
		List<Row> rolled = Rollup.rollUp(read(store, kind, finer, entity, recent, to, now), width, tier.step());
		if (rolled.isEmpty()) {
			return stored;
		}
		Map<Long, Row> rows = new TreeMap<>();
		stored.forEach((row) -> rows.put(row.t(), row));
		rolled.forEach((row) -> rows.merge(row.t(), row, (old, fresh) -> over(fresh, old, width)));
		return new ArrayList<>(rows.values());
	}

	private static Row over(Row fresh, Row old, int width) {
		Row row = Row.empty(fresh.t(), width);
		for (int i = 0; i < width; i++) {
			row.avg()[i] = (fresh.avg()[i] != null) ? fresh.avg()[i] : old.avg()[i];
			row.max()[i] = (fresh.max()[i] != null) ? fresh.max()[i] : old.max()[i];
		}
		return row;
	}

}
