package dev.pvedash.proxmox;

import java.util.Optional;

/**
 * The TLS handshake failed, so nothing (no token, no request) was sent. When it failed on PVE's certificate
 * the fingerprint it presented is kept, so the page can offer exactly the value to pin (proxmox-api.md §4).
 */
public class ProxmoxTlsException extends ProxmoxException {

	private final String presentedFingerprint;

	private final String pinnedFingerprint;

	ProxmoxTlsException(String message, String presentedFingerprint, String pinnedFingerprint, Throwable cause) {
		super(Kind.TLS, 0, message, cause);
		this.presentedFingerprint = presentedFingerprint;
		this.pinnedFingerprint = pinnedFingerprint;
	}

	/** SHA-256 of the certificate PVE presented, upper-case colon pairs; empty if the handshake failed earlier. */
	public Optional<String> presentedFingerprint() {
		return Optional.ofNullable(this.presentedFingerprint);
	}

	/** The configured pin, when the failure was a pin mismatch. */
	public Optional<String> pinnedFingerprint() {
		return Optional.ofNullable(this.pinnedFingerprint);
	}

}
