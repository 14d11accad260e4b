package dev.pvedash.guests;

import java.time.Instant;

/**
 * An action as other modules see it. {@code state} says where it stands (see
 * {@link ActionState}); {@code exitStatus} is PVE's text for a failed task. A request
 * made while another action runs on the guest answers with that one, so callers compare
 * {@code action} and {@code detail}.
 */
public record TaskRef(long id, int vmid, String action, String detail, String actor, ActionState state,
		String exitStatus, Instant requestedAt, Instant endedAt) {

	static TaskRef of(ActionRecord record) {
		return new TaskRef(record.id(), record.vmid(), record.action(), record.detail(), record.actor(), record.state(),
				record.exitStatus(), record.requestedAt(), record.endedAt());
	}

	public boolean inFlight() {
		return this.state.inFlight();
	}

	public boolean succeeded() {
		return this.state == ActionState.OK;
	}

	public boolean failed() {
		return this.state == ActionState.FAILED;
	}

	/**
	 * This task is the one asked for, not another action that was already running on the
	 * guest.
	 */
	public boolean is(String action, String detail) {
		return this.action.equals(action) && java.util.Objects.equals(this.detail, detail);
	}

}
