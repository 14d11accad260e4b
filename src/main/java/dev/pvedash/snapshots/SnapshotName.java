package dev.pvedash.snapshots;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PVE's rule for snapshot names (the {@code pve-configid} format of the snapshot API, see
 * docs/snapshots.md): a letter first, then letters, digits, {@code _} or {@code -}, at
 * most 40 characters. {@code current} is PVE's own "you are here" entry and can never be
 * a snapshot. Checked here so a bad name gets a clear message and is never sent.
 */
final class SnapshotName {

	static final int MAX_LENGTH = 40;

	private static final Pattern FORMAT = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

	private SnapshotName() {
	}

	/**
	 * The message key that says what is wrong with {@code name}, or empty when PVE would
	 * accept it.
	 */
	static Optional<String> problem(String name) {
		if (name == null || name.isEmpty()) {
			return Optional.of("snapshots.name.empty");
		}
		if (name.length() > MAX_LENGTH) {
			return Optional.of("snapshots.name.too-long");
		}
		if (!Character.isLetter(name.charAt(0)) || name.charAt(0) > 'z') {
			return Optional.of("snapshots.name.first-letter");
		}
		if (!FORMAT.matcher(name).matches()) {
			return Optional.of("snapshots.name.characters");
		}
		if (name.equals("current")) {
			return Optional.of("snapshots.name.reserved");
		}
		return Optional.empty();
	}

	static boolean valid(String name) {
		return problem(name).isEmpty();
	}

}
