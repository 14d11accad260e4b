package dev.pvedash.guests;

import java.time.Duration;
import java.time.Instant;

/**
 * An action on a guest reached its end. {@code outcome} is {@link ActionState#OK}, {@code FAILED}, {@code NOT_SENT}
 * (the request certainly never reached PVE: nothing changed there) or {@code UNKNOWN} (it may have reached PVE;
 * the action is not re-sent), see docs/actions.md; {@code upid} is null when PVE never gave one;
 * {@code detail} names the snapshot or target storage, null for power actions.
 */
public record GuestActionEnded(long actionId, Instant at, String actor, String clientAddress, String node, int vmid,
		String guestName, GuestAction action, String detail, String upid, ActionState outcome, String exitStatus,
		Duration duration) {

	public boolean succeeded() {
		return this.outcome == ActionState.OK;
	}

}
