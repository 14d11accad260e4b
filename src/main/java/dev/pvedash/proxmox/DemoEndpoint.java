package dev.pvedash.proxmox;

import java.net.URI;

/**
 * A PVE endpoint the app may use when no Proxmox URL is configured: the built-in
 * simulator offers one, with its own token and the fingerprint of its self-signed
 * certificate, so demo mode runs the real client, TLS pinning included.
 */
public interface DemoEndpoint {

	/** Base URL without {@code /api2/json}, e.g. {@code https://127.0.0.1:8006}. */
	URI url();

	/** {@code USER@REALM!TOKENID} */
	String tokenId();

	String tokenSecret();

	/**
	 * SHA-256 of the leaf certificate, upper-case hex pairs joined by colons (as PVE
	 * shows it).
	 */
	String fingerprint();

}
