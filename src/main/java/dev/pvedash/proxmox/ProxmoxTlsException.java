package dev.pvedash.proxmox;

import java.util.Optional;

/**
 * TLS failed; in the handshake (the usual case, see {@link #delivery()}) nothing, no
 * token and no request, was sent. When it failed on PVE's certificate the fingerprint it
 * presented is kept, so the page can offer exactly the value to pin
 * (docs/proxmox-notes.md, TLS).
 */
public class ProxmoxTlsException extends ProxmoxException {

	private final String presentedFingerprint;

	private final String pinnedFingerprint;

	public ProxmoxTlsException(String message, String presentedFingerprint, String pinnedFingerprint, Throwable cause) {
		this(message, presentedFingerprint, pinnedFingerprint, cause, Delivery.NOT_SENT);
	}

	/**
	 * A TLS failure after the handshake (a broken record mid-answer) may follow a request
	 * PVE received.
	 */
	public ProxmoxTlsException(String message, String presentedFingerprint, String pinnedFingerprint, Throwable cause,
			Delivery delivery) {
		super(Kind.TLS, 0, message, cause, delivery);
		this.presentedFingerprint = presentedFingerprint;
		this.pinnedFingerprint = pinnedFingerprint;
	}

	/**
	 * SHA-256 of the certificate PVE presented, upper-case colon pairs; empty if the
	 * handshake failed earlier.
	 */
	public Optional<String> presentedFingerprint() {
		return Optional.ofNullable(this.presentedFingerprint);
	}

	/** The configured pin, when the failure was a pin mismatch. */
	public Optional<String> pinnedFingerprint() {
		return Optional.ofNullable(this.pinnedFingerprint);
	}

}
