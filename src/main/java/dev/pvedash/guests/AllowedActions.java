package dev.pvedash.guests;

import java.util.EnumSet;
import java.util.Set;

import dev.pvedash.inventory.GuestView;

/**
 * Which actions fit the stored state (docs/proxmox-notes.md, Guest states). Offering only these keeps users from
 * sending requests PVE would refuse or, worse, accept as a task that then fails.
 */
final class AllowedActions {

	private AllowedActions() {
	}

	static Set<GuestAction> of(GuestView guest) {
		if (guest.template()) {
			return EnumSet.noneOf(GuestAction.class); // templates cannot run at all
		}
		boolean lxc = "lxc".equals(guest.type());
		return switch (guest.status() == null ? "unknown" : guest.status()) {
			case "running" -> lxc ? EnumSet.of(GuestAction.SHUTDOWN, GuestAction.REBOOT, GuestAction.STOP)
					: EnumSet.of(GuestAction.SHUTDOWN, GuestAction.REBOOT, GuestAction.STOP, GuestAction.SUSPEND);
			// a VM hibernated to disk is stopped with lock "suspended"; resume (or start) restores it
			case "stopped" -> "suspended".equals(guest.lock()) ? EnumSet.of(GuestAction.RESUME, GuestAction.START)
					: EnumSet.of(GuestAction.START);
			case "paused", "suspended" -> EnumSet.of(GuestAction.RESUME, GuestAction.STOP);
			default -> EnumSet.noneOf(GuestAction.class); // prelaunch, io-error, unknown: look in PVE first
		};
	}

	static boolean allows(GuestView guest, GuestAction action) {
		return of(guest).contains(action);
	}

}
