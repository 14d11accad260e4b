package dev.pvedash.system;

import org.jspecify.annotations.Nullable;

/**
 * Reads an enum back from the word a column holds (its name). A word no version of the
 * dashboard wrote, or one from a newer version, reads as the fallback each column chooses
 * instead of failing the page that lists it.
 */
public final class StoredWords {

	private StoredWords() {
	}

	public static <E extends Enum<E>> E read(Class<E> type, @Nullable String stored, E otherwise) {
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(stored)) {
				return value;
			}
		}
		return otherwise;
	}

}
