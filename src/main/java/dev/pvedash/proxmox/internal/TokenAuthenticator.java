package dev.pvedash.proxmox.internal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * {@code Authorization: PVEAPIToken=USER@REALM!TOKENID=SECRET} (docs/proxmox-notes.md,
 * Authentication); no CSRF token needed.
 */
final class TokenAuthenticator implements PveAuthenticator {

	private final String tokenId;

	private final String secret;

	TokenAuthenticator(String tokenId, String secret) {
		this.tokenId = tokenId;
		this.secret = secret;
	}

	@Override
	public void authenticate(HttpMethod method, HttpHeaders headers) {
		headers.set(HttpHeaders.AUTHORIZATION, "PVEAPIToken=" + this.tokenId + "=" + this.secret);
	}

	@Override
	public void rejected() {
		// nothing to forget: the token is all there is, and only its owner can fix it
	}

	@Override
	public boolean renewable() {
		return false;
	}

	@Override
	public String rejectedHint() {
		return "API token " + this.tokenId + " is wrong or revoked (or has expired); check PVEDASH_PROXMOX_TOKEN_ID and"
				+ " PVEDASH_PROXMOX_TOKEN_SECRET";
	}

	// the secret must not reach a log through a debugger-friendly toString
	@Override
	public String toString() {
		return "TokenAuthenticator[" + this.tokenId + "]";
	}

}
