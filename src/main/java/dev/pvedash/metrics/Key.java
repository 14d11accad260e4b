package dev.pvedash.metrics;

/**
 * The one primary-key column of a history table: tier, bucket start and entity packed
 * into a BIGINT, in that order. A single BIGINT key is H2's row key itself, so no second
 * index is stored (the size budget of docs/metrics.md). Time before entity keeps each
 * cycle's writes (every entity's current minute) and each roll-up next to each other in a
 * few B-tree pages instead of one page per entity, and makes pruning one range delete per
 * tier; a query for one entity filters its range. Bucket starts are epoch seconds
 * (unsigned 32 bits: until 2106); entity ids up to 2^24.
 */
final class Key {

	private static final int ENTITY_BITS = 24;

	private static final int BUCKET_BITS = 32;

	static final long ENTITY_MASK = (1L << ENTITY_BITS) - 1;

	private static final long MAX_BUCKET = (1L << BUCKET_BITS) - 1;

	private Key() {
	}

	static long of(int entity, Tier tier, long bucket) {
		if (bucket < 0 || bucket > MAX_BUCKET) {
			throw new IllegalArgumentException("bucket out of range: " + bucket);
		}
		if (entity < 0 || entity > ENTITY_MASK) {
			throw new IllegalArgumentException("entity out of range: " + entity);
		}
		return ((long) tier.code() << (BUCKET_BITS + ENTITY_BITS)) | (bucket << ENTITY_BITS) | entity;
	}

	/**
	 * The first key of {@code tier} at or after {@code bucket} (clamped to the
	 * representable range).
	 */
	static long start(Tier tier, long bucket) {
		return of(0, tier, Math.max(0, Math.min(bucket, MAX_BUCKET)));
	}

	static long bucket(long key) {
		return (key >>> ENTITY_BITS) & MAX_BUCKET;
	}

	static int entity(long key) {
		return (int) (key & ENTITY_MASK);
	}

}
