package dev.pvedash.proxmox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import dev.pvedash.proxmox.internal.Fingerprints;
import dev.pvedash.proxmox.internal.PveUrls;

/**
 * Where PVE is and how to prove who we are and who it is. Checked while binding, so a
 * wrong setting stops the app at startup with a message naming the environment variable
 * (the names in application.properties). With no URL the app runs in demo mode, and then
 * no other setting may be given: a forgotten URL must not silently turn into the
 * simulator.
 *
 * @param url {@code https://host[:port]} of any cluster node, without {@code /api2/json}
 * @param tokenId {@code USER@REALM!TOKENID} (docs/proxmox-notes.md, Authentication)
 * @param username {@code USER@REALM}, for ticket login instead of a token
 * (docs/proxmox-notes.md, Authentication)
 * @param fingerprint SHA-256 of PVE's certificate, pinned; normalized to upper-case colon
 * pairs (docs/proxmox-notes.md, TLS)
 * @param caFile PEM file with the CA(s) PVE's certificate chains to, e.g.
 * {@code pve-root-ca.pem}
 */
@ConfigurationProperties("pvedash.proxmox")
record ProxmoxProperties(String url, String tokenId, String tokenSecret, String username, String password,
		String fingerprint, String caFile, @DefaultValue("3s") Duration connectTimeout,
		@DefaultValue("10s") Duration readTimeout) {

	// token name and realm share PVE's realm grammar; the user part excludes what would
	// break the header
	private static final Pattern TOKEN_ID = Pattern
		.compile("[^\\s:/@!=]+@[A-Za-z][A-Za-z0-9.\\-_]+![A-Za-z][A-Za-z0-9.\\-_]+");

	private static final Pattern USER_ID = Pattern.compile("[^\\s:/@!=]+@[A-Za-z][A-Za-z0-9.\\-_]+");

	private static final Pattern HEADER_SAFE = Pattern.compile("[\\x21-\\x7E]+");

	// PVE delays every 401 by about 3 s (docs/proxmox-notes.md, Errors); a shorter read
	// timeout would report a
	// wrong token as a timeout
	static final Duration MIN_READ_TIMEOUT = Duration.ofSeconds(4);

	ProxmoxProperties {
		url = blankToNull(url);
		tokenId = blankToNull(tokenId);
		tokenSecret = blankToNull(tokenSecret);
		username = blankToNull(username);
		password = (password == null || password.isEmpty()) ? null : password;
		caFile = blankToNull(caFile);
		connectTimeout = (connectTimeout != null) ? connectTimeout : Duration.ofSeconds(3);
		readTimeout = (readTimeout != null) ? readTimeout : Duration.ofSeconds(10);
		fingerprint = (blankToNull(fingerprint) != null)
				? Fingerprints.normalize(fingerprint, "PVEDASH_PROXMOX_FINGERPRINT") : null;
		if (url != null) {
			url = PveUrls.baseUri(url, "PVEDASH_PROXMOX_URL").toString();
			checkCredentials(tokenId, tokenSecret, username, password);
		}
		else {
			requireUnsetWithoutUrl(tokenId, "PVEDASH_PROXMOX_TOKEN_ID");
			requireUnsetWithoutUrl(tokenSecret, "PVEDASH_PROXMOX_TOKEN_SECRET");
			requireUnsetWithoutUrl(username, "PVEDASH_PROXMOX_USERNAME");
			requireUnsetWithoutUrl(password, "PVEDASH_PROXMOX_PASSWORD");
			requireUnsetWithoutUrl(fingerprint, "PVEDASH_PROXMOX_FINGERPRINT");
			requireUnsetWithoutUrl(caFile, "PVEDASH_PROXMOX_CA_FILE");
		}
		checkTrust(fingerprint, caFile);
		if (connectTimeout.isNegative() || connectTimeout.isZero()) {
			throw new IllegalArgumentException("PVEDASH_PROXMOX_CONNECT_TIMEOUT must be positive, e.g. 3s");
		}
		if (readTimeout.compareTo(MIN_READ_TIMEOUT) < 0) {
			throw new IllegalArgumentException("PVEDASH_PROXMOX_READ_TIMEOUT must be at least 4s: PVE delays every"
					+ " 401 answer by about 3 s, and a shorter timeout would report a wrong token as a timeout");
		}
	}

	private static void checkCredentials(String tokenId, String tokenSecret, String username, String password) {
		boolean token = tokenId != null || tokenSecret != null;
		boolean login = username != null || password != null;
		if (token && login) {
			throw new IllegalArgumentException("Set either PVEDASH_PROXMOX_TOKEN_ID and PVEDASH_PROXMOX_TOKEN_SECRET"
					+ " or PVEDASH_PROXMOX_USERNAME and PVEDASH_PROXMOX_PASSWORD, not both");
		}
		if (!token && !login) {
			throw new IllegalArgumentException("PVEDASH_PROXMOX_URL is set, so PVEDASH_PROXMOX_TOKEN_ID and"
					+ " PVEDASH_PROXMOX_TOKEN_SECRET (or PVEDASH_PROXMOX_USERNAME and PVEDASH_PROXMOX_PASSWORD) must be too");
		}
		if (token) {
			checkToken(tokenId, tokenSecret);
		}
		else {
			checkLogin(username, password);
		}
	}

	private static void checkToken(String tokenId, String tokenSecret) {
		if (tokenId == null) {
			throw new IllegalArgumentException(
					"PVEDASH_PROXMOX_TOKEN_ID must be set with PVEDASH_PROXMOX_TOKEN_SECRET");
		}
		if (tokenId.indexOf('=') >= 0) {
			throw new IllegalArgumentException("PVEDASH_PROXMOX_TOKEN_ID must be only USER@REALM!TOKENID; the part"
					+ " after '=' is the secret and belongs in PVEDASH_PROXMOX_TOKEN_SECRET");
		}
		if (!TOKEN_ID.matcher(tokenId).matches()) {
			throw new IllegalArgumentException(
					"PVEDASH_PROXMOX_TOKEN_ID must look like USER@REALM!TOKENID, e.g. dash@pve!poller");
		}
		if (tokenSecret == null) {
			throw new IllegalArgumentException(
					"PVEDASH_PROXMOX_TOKEN_SECRET must be set with PVEDASH_PROXMOX_TOKEN_ID");
		}
		if (!HEADER_SAFE.matcher(tokenSecret).matches()) {
			throw new IllegalArgumentException("PVEDASH_PROXMOX_TOKEN_SECRET must be the token's secret (a UUID),"
					+ " without spaces or control characters");
		}
	}

	private static void checkLogin(String username, String password) {
		if (username == null || !USER_ID.matcher(username).matches()) {
			throw new IllegalArgumentException("PVEDASH_PROXMOX_USERNAME must look like USER@REALM, e.g. dash@pve");
		}
		if (password == null) {
			throw new IllegalArgumentException("PVEDASH_PROXMOX_PASSWORD must be set with PVEDASH_PROXMOX_USERNAME");
		}
	}

	private static void checkTrust(String fingerprint, String caFile) {
		if (fingerprint != null && caFile != null) {
			throw new IllegalArgumentException(
					"Set either PVEDASH_PROXMOX_FINGERPRINT (pin the certificate) or PVEDASH_PROXMOX_CA_FILE, not both");
		}
		if (caFile != null && !Files.isReadable(Path.of(caFile))) {
			throw new IllegalArgumentException("PVEDASH_PROXMOX_CA_FILE names no readable file: " + caFile);
		}
	}

	private static void requireUnsetWithoutUrl(String value, String setting) {
		if (value != null) {
			throw new IllegalArgumentException(setting + " is set but PVEDASH_PROXMOX_URL is empty; set the URL too,"
					+ " or unset " + setting + " to run in demo mode");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	// the generated toString would print the secret and the password
	@Override
	public String toString() {
		return "ProxmoxProperties[url=" + this.url + ", tokenId=" + this.tokenId + ", tokenSecret="
				+ masked(this.tokenSecret) + ", username=" + this.username + ", password=" + masked(this.password)
				+ ", fingerprint=" + this.fingerprint + ", caFile=" + this.caFile + ", connectTimeout="
				+ this.connectTimeout + ", readTimeout=" + this.readTimeout + "]";
	}

	private static String masked(String secret) {
		return (secret != null) ? "(set)" : null;
	}

}
