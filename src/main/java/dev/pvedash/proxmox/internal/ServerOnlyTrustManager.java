package dev.pvedash.proxmox.internal;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Base of our trust managers: the client side of a TLS connection never accepts client
 * certificates.
 */
abstract class ServerOnlyTrustManager extends X509ExtendedTrustManager {

	@Override
	public final void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		throw new CertificateException("a client never trusts client certificates");
	}

	@Override
	public final void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		checkClientTrusted(chain, authType);
	}

	@Override
	public final void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		checkClientTrusted(chain, authType);
	}

}
