package dev.pvedash.guests;

import java.time.Duration;
import java.time.Instant;

import dev.pvedash.inventory.GuestTaskEnded;

/**
 * An action on a guest reached its end. {@code outcome} is {@link ActionState#OK},
 * {@code FAILED}, {@code NOT_SENT} (the request certainly never reached PVE: nothing
 * changed there) or {@code UNKNOWN} (it may have reached PVE; the action is not re-sent),
 * see docs/actions.md; {@code upid} is null when PVE never gave one; {@code detail} names
 * the snapshot or target storage, null for power actions. As a {@link GuestTaskEnded} it
 * tells the inventory to re-read the guest when a PVE task ran.
 */
public record GuestActionEnded(long actionId, Instant at, String actor, String clientAddress, String node, int vmid,
		String guestName, GuestAction action, String detail, String upid, ActionState outcome, String exitStatus,
		Duration duration) implements GuestTaskEnded {

	public boolean succeeded() {
		return this.outcome == ActionState.OK;
	}

	@Override
	public boolean taskRan() {
		return this.upid != null;
	}

}
