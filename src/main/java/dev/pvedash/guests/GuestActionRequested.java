package dev.pvedash.guests;

import java.time.Instant;

/**
 * A user (or a schedule) asked for an action on a guest and it was claimed, before
 * anything is sent to PVE. Listeners run in the claim's transaction: if one fails, the
 * claim is rolled back and PVE never hears of it. {@code action} is what was asked for;
 * {@code detail} names the snapshot or target storage, null for power actions.
 */
public record GuestActionRequested(long actionId, Instant at, String actor, String clientAddress, String node, int vmid,
		String guestName, GuestAction action, String detail) {
}
