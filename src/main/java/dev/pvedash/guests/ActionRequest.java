package dev.pvedash.guests;

/**
 * What to send for one action: the action, and for snapshot and backup tasks what they
 * act on and how.
 *
 * @param detail the snapshot name (snapshot, rollback, delsnapshot) or the target storage
 * (backup)
 * @param description the new snapshot's description; may be empty
 * @param includeRam a VM snapshot with its RAM (vmstate)
 * @param startAfter start the guest after a rollback
 * @param confirmName the guest's name as typed, for guarded actions
 */
record ActionRequest(GuestAction action, String detail, String description, boolean includeRam, boolean startAfter,
		String confirmName) {

	static ActionRequest power(GuestAction action, String confirmName) {
		return new ActionRequest(action, null, null, false, false, confirmName);
	}

}
