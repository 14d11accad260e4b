package dev.pvedash.inventory;

import static dev.pvedash.system.TextColumns.clip;

import dev.pvedash.proxmox.ProxmoxApiException;
import dev.pvedash.proxmox.ProxmoxException;

/**
 * Which PVE refusals concern one node's or guest's path only, and how to keep PVE's words
 * for the pages.
 */
final class Refusals {

	private Refusals() {
	}

	/**
	 * 403 and 500/501 concern one path; 502-504 come from a proxy in front of PVE and
	 * concern all of it.
	 */
	static boolean pathLocal(ProxmoxException ex) {
		return ex.kind() == ProxmoxException.Kind.PERMISSION || (ex.kind() == ProxmoxException.Kind.SERVER
				&& ex.status() != 502 && ex.status() != 503 && ex.status() != 504);
	}

	/**
	 * PVE's own words, e.g. "595 No route to host", clipped for storage; pages show them
	 * escaped.
	 */
	static String words(ProxmoxException ex) {
		String reason = (ex instanceof ProxmoxApiException api && !api.reason().isBlank()) ? api.reason()
				: ex.getMessage();
		return clip(ex.status() + " " + reason, 512);
	}

}
