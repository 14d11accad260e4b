package dev.pvedash.guests;

import dev.pvedash.proxmox.GuestType;

import java.time.Duration;
import java.time.Instant;

/**
 * One row of guest_action, see {@link ActionState} and docs/actions.md. {@code detail}
 * names what a snapshot or backup task acts on (the snapshot, the target storage); null
 * for power actions.
 */
record ActionRecord(long id, int vmid, String node, GuestType guestType, String guestName, String action, String detail,
		String actor, String clientAddress, Instant requestedAt, String upid, ActionState state, String exitStatus,
		String lastLogLine, Instant endedAt) {

	public boolean inFlight() {
		return this.state.inFlight();
	}

	/** Not answered by PVE yet: the request goes on in the background. */
	public boolean claimed() {
		return this.state == ActionState.CLAIMED;
	}

	public boolean succeeded() {
		return this.state == ActionState.OK;
	}

	public boolean failed() {
		return this.state == ActionState.FAILED;
	}

	public boolean notSent() {
		return this.state == ActionState.NOT_SENT;
	}

	/** It may have reached PVE, and it is not known what it did there. */
	public boolean unknown() {
		return this.state == ActionState.UNKNOWN;
	}

	Duration elapsed(Instant now) {
		Duration elapsed = Duration.between(this.requestedAt, (this.endedAt != null) ? this.endedAt : now);
		return elapsed.isNegative() ? Duration.ZERO : elapsed;
	}

}
