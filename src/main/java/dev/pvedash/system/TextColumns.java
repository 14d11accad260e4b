package dev.pvedash.system;

/**
 * Text to H2's bounded {@code varchar} columns. PVE's messages, task exit texts and user
 * input can be longer than the column; a clipped value is stored rather than the whole
 * write failing.
 */
public final class TextColumns {

	private TextColumns() {
	}

	/** The first {@code max} characters; null stays null. */
	public static String clip(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

}
