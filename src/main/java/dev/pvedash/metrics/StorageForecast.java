package dev.pvedash.metrics;

import org.jspecify.annotations.Nullable;

/**
 * When a storage fills up, from the least-squares trend of its used bytes over the last
 * 30 days.
 *
 * @param fullInDays days until used reaches total at the current trend; only for
 * {@link State#FILLING}
 */
public record StorageForecast(String node, String storage, State state, @Nullable Double fullInDays) {

	public enum State {

		/**
		 * Used bytes grow; {@code fullInDays} says when they reach the total (0 when
		 * already full).
		 */
		FILLING,
		/** Flat or shrinking. */
		NOT_FILLING,
		/** Less than 7 days of history: no trend is claimed. */
		NOT_ENOUGH_HISTORY

	}

}
