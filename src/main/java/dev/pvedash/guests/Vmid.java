package dev.pvedash.guests;

import java.util.Optional;

/**
 * A guest's id as PVE allows it: 100 to 999999999 (PVE API viewer, the {@code vmid}
 * parameter). Every controller takes it as a typed path variable
 * ({@code @PathVariable Vmid vmid}); {@link VmidConverter} turns the path segment into
 * one, and anything else is the same 400 everywhere, so no sign, space, leading zero or
 * path trick reaches a query or PVE's URL.
 */
public record Vmid(int value) {

	public static final int MIN = 100;

	public static final int MAX = 999_999_999;

	public Vmid {
		if (value < MIN || value > MAX) {
			throw new IllegalArgumentException("A vmid is from " + MIN + " to " + MAX + ", not " + value);
		}
	}

	/** Plain decimal digits without a leading zero, in range; empty for anything else. */
	public static Optional<Vmid> parse(String text) {
		if (text == null || text.isEmpty() || text.length() > 9 || text.charAt(0) == '0'
				|| !text.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return Optional.empty();
		}
		int value = Integer.parseInt(text);
		return (value < MIN) ? Optional.empty() : Optional.of(new Vmid(value));
	}

	/** As PVE and the URLs write it. */
	@Override
	public String toString() {
		return Integer.toString(this.value);
	}

}
