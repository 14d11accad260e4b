package dev.pvedash.metrics;

/**
 * The downsampled tiers of the store: bucket size in seconds. How long each is kept is a
 * setting ({@link MetricsProperties}). On the finest tier a bucket holds the average of
 * that minute's samples only, so its max equals its average (the max columns stay null
 * there and read as the average).
 */
enum Tier {

	MINUTE(0, 60), TEN_MINUTES(1, 600), TWO_HOURS(2, 7_200);

	private final int code;

	private final long step;

	Tier(int code, long step) {
		this.code = code;
		this.step = step;
	}

	int code() {
		return this.code;
	}

	long step() {
		return this.step;
	}

	long bucket(long epochSecond) {
		return Math.floorDiv(epochSecond, this.step) * this.step;
	}

	static Tier of(int code) {
		for (Tier tier : values()) {
			if (tier.code == code) {
				return tier;
			}
		}
		throw new IllegalArgumentException("no tier " + code);
	}

	/** The next finer tier, or null for the finest. */
	Tier finer() {
		return switch (this) {
			case MINUTE -> null;
			case TEN_MINUTES -> MINUTE;
			case TWO_HOURS -> TEN_MINUTES;
		};
	}

	/** The next coarser tier, or null for the coarsest. */
	Tier coarser() {
		return switch (this) {
			case MINUTE -> TEN_MINUTES;
			case TEN_MINUTES -> TWO_HOURS;
			case TWO_HOURS -> null;
		};
	}

}
