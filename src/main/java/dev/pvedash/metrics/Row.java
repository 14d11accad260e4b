package dev.pvedash.metrics;

import java.util.Arrays;

/**
 * One bucket of one entity in one tier: averages and maxima in {@link Kind#fields()}
 * order, null for a gap.
 *
 * @param t bucket start, epoch seconds
 */
record Row(long t, Double[] avg, Double[] max) {

	static Row empty(long t, int fields) {
		return new Row(t, new Double[fields], new Double[fields]);
	}

	/** The max of field {@code i}; on the finest tier (no max stored) the average. */
	Double maxOrAvg(int i) {
		return (this.max[i] != null) ? this.max[i] : this.avg[i];
	}

	boolean blank() {
		return Arrays.stream(this.avg).allMatch((v) -> v == null) && Arrays.stream(this.max).allMatch((v) -> v == null);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Row row && row.t == this.t && Arrays.equals(row.avg, this.avg)
				&& Arrays.equals(row.max, this.max);
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.t) * 31 + Arrays.hashCode(this.avg);
	}

	@Override
	public String toString() {
		return "Row[t=" + this.t + ", avg=" + Arrays.toString(this.avg) + ", max=" + Arrays.toString(this.max) + "]";
	}

}
