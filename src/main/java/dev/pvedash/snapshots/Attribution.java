package dev.pvedash.snapshots;

/**
 * The made-by verdict of one snapshot; {@code who} names the user or schedule, null
 * otherwise.
 */
record Attribution(MadeBy madeBy, String who) {

	static final Attribution OUTSIDE = new Attribution(MadeBy.OUTSIDE, null);

}
