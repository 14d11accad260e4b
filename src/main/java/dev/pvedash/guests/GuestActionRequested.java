package dev.pvedash.guests;

import java.time.Instant;

/**
 * A user asked for a lifecycle action and it was claimed, before anything is sent to PVE. Listeners run in
 * the claim's transaction: if one fails, the claim is rolled back and PVE never hears of it.
 */
public record GuestActionRequested(long actionId, Instant at, String actor, String clientAddress, String node,
		int vmid, String guestName, String action) {
}
