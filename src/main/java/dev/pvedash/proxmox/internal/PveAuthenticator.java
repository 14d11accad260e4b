package dev.pvedash.proxmox.internal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Puts the credential on a request (docs/proxmox-notes.md, Authentication); the only code
 * that sees it.
 */
interface PveAuthenticator {

	/**
	 * Adds the credential headers; may log in first (blocking), so never call it on an
	 * event-loop thread.
	 */
	void authenticate(HttpMethod method, HttpHeaders headers);

	/**
	 * PVE answered 401 to a request carrying this credential: forget it, so the next
	 * request logs in afresh.
	 */
	void rejected();

	/**
	 * True when a fresh credential may change PVE's answer (a ticket); false when it is
	 * fixed (a token).
	 */
	boolean renewable();

	/** What a 401 means for this credential, with the settings to check. */
	String rejectedHint();

}
