package dev.pvedash.metrics;

/**
 * The one primary-key column of a history table: entity, tier and bucket start packed into a BIGINT. A
 * single BIGINT key is H2's row key itself, so no second index is stored (the size budget of
 * docs/metrics.md), and one entity's tier is one contiguous key range. Bucket starts are epoch seconds
 * (unsigned 32 bits: until 2106).
 */
final class Key {

	private static final long BUCKET_BITS = 32;

	private static final long TIER_BITS = 2;

	private Key() {
	}

	static long of(int entity, Tier tier, long bucket) {
		if (bucket < 0 || bucket >= (1L << BUCKET_BITS)) {
			throw new IllegalArgumentException("bucket out of range: " + bucket);
		}
		return ((((long) entity << TIER_BITS) | tier.code()) << BUCKET_BITS) | bucket;
	}

	static long bucket(long key) {
		return key & ((1L << BUCKET_BITS) - 1);
	}

	/** The first key of {@code entity}'s {@code tier} at or after {@code bucket} (clamped to the range). */
	static long from(int entity, Tier tier, long bucket) {
		return of(entity, tier, Math.max(0, Math.min(bucket, (1L << BUCKET_BITS) - 1)));
	}

}
