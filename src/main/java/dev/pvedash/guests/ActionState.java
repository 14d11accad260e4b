package dev.pvedash.guests;

/**
 * Where an action on a guest stands (docs/actions.md). Stored by name in
 * {@code guest_action.state}; the task fragment shows the words of
 * {@code guests.task.state.*}.
 */
public enum ActionState {

	/** Being sent to PVE. */
	CLAIMED,
	/** PVE gave a UPID; its task runs. */
	RUNNING, OK, FAILED,
	/** The request certainly never reached PVE: nothing changed there. */
	NOT_SENT,
	/** It may have reached PVE; never re-sent. */
	UNKNOWN;

	public boolean inFlight() {
		return this == CLAIMED || this == RUNNING;
	}

}
