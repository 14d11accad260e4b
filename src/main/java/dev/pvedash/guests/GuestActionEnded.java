package dev.pvedash.guests;

import java.time.Duration;
import java.time.Instant;

/**
 * A lifecycle action reached its end. {@code outcome} is OK, FAILED or UNKNOWN (the app stopped between
 * the claim and PVE's answer; the action is not re-sent); {@code upid} is null when PVE never gave one.
 */
public record GuestActionEnded(long actionId, Instant at, String actor, String clientAddress, String node, int vmid,
		String guestName, String action, String upid, String outcome, String exitStatus, Duration duration) {
}
