package dev.pvedash.proxmox.internal;

import java.security.cert.CertificateException;

import dev.pvedash.proxmox.ProxmoxTlsException;

/**
 * Thrown by our trust managers inside the handshake. It travels up as the cause of the
 * SSLHandshakeException, carrying the presented fingerprint out to
 * {@link ProxmoxTlsException}; the JDK would otherwise only say "certificate_unknown".
 */
final class UntrustedCertificateException extends CertificateException {

	private final String presented;

	private final String pinned;

	private UntrustedCertificateException(String message, String presented, String pinned, Throwable cause) {
		super(message, cause);
		this.presented = presented;
		this.pinned = pinned;
	}

	static UntrustedCertificateException changed(String pinned, String presented) {
		return new UntrustedCertificateException("certificate changed: pinned " + pinned + ", presented " + presented
				+ "; if PVE's certificate was renewed on purpose, set PVEDASH_PROXMOX_FINGERPRINT to the presented one",
				presented, pinned, null);
	}

	static UntrustedCertificateException notTrusted(String presented, CertificateException cause) {
		return new UntrustedCertificateException("certificate not trusted: presented SHA-256 " + presented
				+ "; set PVEDASH_PROXMOX_FINGERPRINT to pin it, or PVEDASH_PROXMOX_CA_FILE to the CA that signed it ("
				+ cause.getMessage() + ")", presented, null, cause);
	}

	String presented() {
		return this.presented;
	}

	String pinned() {
		return this.pinned;
	}

}
