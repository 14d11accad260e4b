package dev.pvedash.guests;

import java.time.Duration;
import java.time.Instant;

/**
 * One row of guest_action. {@code state}: CLAIMED (sending to PVE), RUNNING (PVE gave a UPID), OK, FAILED,
 * NOT_SENT (the request certainly never reached PVE), UNKNOWN (it may have; never re-sent), see docs/actions.md. {@code detail} names what a snapshot or
 * backup task acts on (the snapshot, the target storage); null for power actions.
 */
record ActionRecord(long id, int vmid, String node, String guestType, String guestName, String action, String detail,
		String actor, String clientAddress, Instant requestedAt, String upid, String state, String exitStatus,
		String lastLogLine, Instant endedAt) {

	public boolean inFlight() {
		return "CLAIMED".equals(this.state) || "RUNNING".equals(this.state);
	}

	public boolean failed() {
		return "FAILED".equals(this.state);
	}

	Duration elapsed(Instant now) {
		Duration elapsed = Duration.between(this.requestedAt, (this.endedAt != null) ? this.endedAt : now);
		return elapsed.isNegative() ? Duration.ZERO : elapsed;
	}

}
