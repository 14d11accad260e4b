package dev.pvedash.backups;

/**
 * The protection verdict of one guest (docs/protection.md); its word and colour come from
 * messages.
 */
public enum Verdict {

	/** A fresh, not failed backup on another machine. */
	PROTECTED,
	/**
	 * A backup exists but would not survive the host, is too old, failed verification, or
	 * the last run failed.
	 */
	AT_RISK,
	/** No backup at all; snapshots never count. */
	NOT_PROTECTED,
	/**
	 * A storage that may hold this guest's backups could not be read: never shown as
	 * Protected.
	 */
	UNKNOWN;

	/** The badge class of the colour language in docs/ui.md: green, amber, red, grey. */
	public String badge() {
		return switch (this) {
			case PROTECTED -> "ok";
			case AT_RISK -> "warn";
			case NOT_PROTECTED -> "error";
			case UNKNOWN -> "off";
		};
	}

}
