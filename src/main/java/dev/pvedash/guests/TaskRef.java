package dev.pvedash.guests;

import java.time.Instant;

/**
 * An action as other modules see it. {@code state} is CLAIMED, RUNNING, OK, FAILED, NOT_SENT or UNKNOWN (see
 * {@link GuestActionEnded}); {@code exitStatus} is PVE's text for a failed task. A request made while another
 * action runs on the guest answers with that one, so callers compare {@code action} and {@code detail}.
 */
public record TaskRef(long id, int vmid, String action, String detail, String actor, String state,
		String exitStatus, Instant requestedAt, Instant endedAt) {

	static TaskRef of(ActionRecord record) {
		return new TaskRef(record.id(), record.vmid(), record.action(), record.detail(), record.actor(),
				record.state(), record.exitStatus(), record.requestedAt(), record.endedAt());
	}

	public boolean inFlight() {
		return "CLAIMED".equals(this.state) || "RUNNING".equals(this.state);
	}

	public boolean succeeded() {
		return "OK".equals(this.state);
	}

	/** This task is the one asked for, not another action that was already running on the guest. */
	public boolean is(String action, String detail) {
		return this.action.equals(action) && java.util.Objects.equals(this.detail, detail);
	}

}
