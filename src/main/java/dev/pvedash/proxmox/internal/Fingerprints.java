package dev.pvedash.proxmox.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SHA-256 certificate fingerprints in the one form PVE shows them (docs/proxmox-notes.md,
 * TLS): 32 upper-case hex pairs joined by colons. Users paste them from the GUI, from
 * {@code pvenode cert info} or from openssl, so case and colons are forgiven; anything
 * that is not exactly 32 bytes is refused, a SHA-1 fingerprint too.
 */
public final class Fingerprints {

	private static final Pattern COLON_PAIRS = Pattern.compile("(?:[0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}");

	private static final Pattern BARE_HEX = Pattern.compile("[0-9A-Fa-f]{64}");

	private static final HexFormat PAIRS = HexFormat.ofDelimiter(":").withUpperCase();

	private Fingerprints() {
	}

	/** The canonical form, or {@link IllegalArgumentException} naming {@code setting}. */
	public static String normalize(String raw, String setting) {
		String value = (raw != null) ? raw.strip() : "";
		if (COLON_PAIRS.matcher(value).matches()) {
			return value.toUpperCase(Locale.ROOT);
		}
		if (BARE_HEX.matcher(value).matches()) {
			return PAIRS.formatHex(HexFormat.of().parseHex(value));
		}
		throw new IllegalArgumentException(setting
				+ " must be the certificate's SHA-256 fingerprint: 32 hex pairs, with or without colons (as shown in"
				+ " PVE under Node > System > Certificates)");
	}

	static String of(X509Certificate certificate) {
		try {
			return PAIRS.formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
		}
		catch (NoSuchAlgorithmException | CertificateEncodingException ex) {
			throw new IllegalStateException("cannot fingerprint a certificate", ex);
		}
	}

}
