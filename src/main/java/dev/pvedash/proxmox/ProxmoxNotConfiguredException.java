package dev.pvedash.proxmox;

/**
 * No PVE to talk to: no URL is set and no simulator offers a demo endpoint. The app still
 * starts (pages and user admin work); each use of the client says what to set.
 */
public class ProxmoxNotConfiguredException extends ProxmoxException {

	public ProxmoxNotConfiguredException(String message) {
		super(Kind.CONNECTION, 0, message, null, Delivery.NOT_SENT);
	}

	public ProxmoxNotConfiguredException() {
		this("Proxmox VE is not configured: set PVEDASH_PROXMOX_URL and PVEDASH_PROXMOX_TOKEN_ID /"
				+ " PVEDASH_PROXMOX_TOKEN_SECRET, or run with the built-in simulator (demo mode)");
	}

}
