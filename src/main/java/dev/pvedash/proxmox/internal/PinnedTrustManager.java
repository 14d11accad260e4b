package dev.pvedash.proxmox.internal;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLEngine;

/**
 * Trusts PVE's server iff the SHA-256 of its leaf certificate equals the pin, the way
 * PVE's own nodes trust each other (docs/proxmox-notes.md, TLS). The host name is not
 * checked: the default certificates are self-signed for the node name, and the pin is a
 * stronger statement than any name. Being an X509ExtendedTrustManager keeps the JDK from
 * adding its own host name check around it.
 */
final class PinnedTrustManager extends ServerOnlyTrustManager {

	private final String pin;

	PinnedTrustManager(String pin) {
		this.pin = pin;
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		if (chain == null || chain.length == 0) {
			throw new CertificateException("PVE presented no certificate");
		}
		String presented = Fingerprints.of(chain[0]);
		if (!MessageDigest.isEqual(presented.getBytes(StandardCharsets.US_ASCII),
				this.pin.getBytes(StandardCharsets.US_ASCII))) {
			throw UntrustedCertificateException.changed(this.pin, presented);
		}
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		checkServerTrusted(chain, authType);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		checkServerTrusted(chain, authType);
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return new X509Certificate[0];
	}

}
