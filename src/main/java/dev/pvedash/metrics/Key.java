package dev.pvedash.metrics;

/**
 * The one primary-key column of a history table: tier first, then bucket start and entity
 * packed into a BIGINT, in an order that depends on the tier (docs/metrics.md). A single
 * BIGINT key is H2's row key itself, so no second index is stored (the size budget).
 * <ul>
 * <li>Minute tier: time, then entity. Every cycle writes each entity's current minute;
 * time first puts those writes next to each other in a few B-tree pages instead of one
 * page per entity. A chart of one entity filters its range: the last hour, or the open
 * buckets of a coarser range ({@link OpenBuckets}).</li>
 * <li>10-minute and 2-hour tiers: entity, then time. A chart of a week or a year then
 * reads one run of consecutive rows instead of every entity's rows of that span; these
 * tiers are written once per closed bucket ({@link RollupJob}), so touching one page per
 * entity then is cheap.</li>
 * </ul>
 * Pruning is one range delete per tier (minute) or per entity and tier. Bucket starts are
 * epoch seconds (unsigned 32 bits: until 2106); entity ids up to 2^24.
 */
final class Key {

	private static final int ENTITY_BITS = 24;

	private static final int BUCKET_BITS = 32;

	private static final int TIER_SHIFT = BUCKET_BITS + ENTITY_BITS;

	static final long ENTITY_MASK = (1L << ENTITY_BITS) - 1;

	static final long BUCKET_MASK = (1L << BUCKET_BITS) - 1;

	/** From one entity's keys to the next one's on the entity-first tiers. */
	static final long ENTITY_STEP = 1L << BUCKET_BITS;

	private Key() {
	}

	/** Whether the tier's keys put the entity before the time. */
	static boolean entityFirst(Tier tier) {
		return tier != Tier.MINUTE;
	}

	static long of(int entity, Tier tier, long bucket) {
		if (bucket < 0 || bucket > BUCKET_MASK) {
			throw new IllegalArgumentException("bucket out of range: " + bucket);
		}
		if (entity < 0 || entity > ENTITY_MASK) {
			throw new IllegalArgumentException("entity out of range: " + entity);
		}
		long tierBits = (long) tier.code() << TIER_SHIFT;
		return entityFirst(tier) ? tierBits | ((long) entity << BUCKET_BITS) | bucket
				: tierBits | (bucket << ENTITY_BITS) | entity;
	}

	/**
	 * The first key of {@code tier} at or after {@code bucket} (clamped to the
	 * representable range): of all entities on the minute tier, of {@code entity} on the
	 * others.
	 */
	static long from(Tier tier, int entity, long bucket) {
		return of(entityFirst(tier) ? entity : 0, tier, Math.max(0, Math.min(bucket, BUCKET_MASK)));
	}

	/** The first key of {@code tier}. */
	static long first(Tier tier) {
		return (long) tier.code() << TIER_SHIFT;
	}

	/** The first key after {@code tier}. */
	static long end(Tier tier) {
		return (long) (tier.code() + 1) << TIER_SHIFT;
	}

	static Tier tier(long key) {
		return Tier.of((int) (key >>> TIER_SHIFT));
	}

	static long bucket(long key) {
		return entityFirst(tier(key)) ? key & BUCKET_MASK : (key >>> ENTITY_BITS) & BUCKET_MASK;
	}

	static int entity(long key) {
		return (int) (entityFirst(tier(key)) ? (key >>> BUCKET_BITS) & ENTITY_MASK : key & ENTITY_MASK);
	}

	/** SQL for the entity id of key column {@code k} of {@code tier}. */
	static String entitySql(Tier tier) {
		return entityFirst(tier) ? "BITAND(k / " + ENTITY_STEP + ", " + ENTITY_MASK + ")"
				: "BITAND(k, " + ENTITY_MASK + ")";
	}

	/** SQL for the bucket start of key column {@code k} of {@code tier}. */
	static String bucketSql(Tier tier) {
		return entityFirst(tier) ? "BITAND(k, " + BUCKET_MASK + ")"
				: "BITAND(k / " + (1L << ENTITY_BITS) + ", " + BUCKET_MASK + ")";
	}

}
