package dev.pvedash.guests;

import java.util.EnumSet;
import java.util.Set;

import dev.pvedash.inventory.GuestView;
import dev.pvedash.proxmox.GuestState;

/**
 * Which actions fit the stored state (docs/proxmox-notes.md, Guest states). Offering only
 * these keeps users from sending requests PVE would refuse or, worse, accept as a task
 * that then fails.
 */
final class AllowedActions {

	private AllowedActions() {
	}

	static Set<GuestAction> of(GuestView guest) {
		if (guest.template()) {
			return EnumSet.noneOf(GuestAction.class); // templates cannot run at all
		}
		return switch ((guest.state() != null) ? guest.state() : GuestState.UNKNOWN) {
			case RUNNING -> guest.container() ? EnumSet.of(GuestAction.SHUTDOWN, GuestAction.REBOOT, GuestAction.STOP)
					: EnumSet.of(GuestAction.SHUTDOWN, GuestAction.REBOOT, GuestAction.STOP, GuestAction.SUSPEND);
			// hibernated to disk: resume (or start) restores it
			case SUSPENDED_TO_DISK -> EnumSet.of(GuestAction.RESUME, GuestAction.START);
			case STOPPED -> EnumSet.of(GuestAction.START);
			case PAUSED, SUSPENDED -> EnumSet.of(GuestAction.RESUME, GuestAction.STOP);
			// prelaunch, io-error, migrating, unknown: look in PVE first
			case PRELAUNCH, IO_ERROR, MIGRATING, UNKNOWN -> EnumSet.noneOf(GuestAction.class);
		};
	}

	static boolean allows(GuestView guest, GuestAction action) {
		return of(guest).contains(action);
	}

}
