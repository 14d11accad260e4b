package dev.pvedash.proxmox.internal;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The JDK's PKIX trust manager (CA file or JVM trust store, with host name verification),
 * wrapped only to name the presented fingerprint when it refuses, so the message can say
 * what to pin. It refuses outright an engine without host name verification: a CA-signed
 * certificate for another host must never pass.
 */
final class VerifyingTrustManager extends ServerOnlyTrustManager {

	private final X509ExtendedTrustManager delegate;

	VerifyingTrustManager(X509ExtendedTrustManager delegate) {
		this.delegate = delegate;
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		if (engine == null
				|| !"HTTPS".equalsIgnoreCase(engine.getSSLParameters().getEndpointIdentificationAlgorithm())) {
			throw new CertificateException("host name verification is not enabled on this connection");
		}
		try {
			this.delegate.checkServerTrusted(chain, authType, engine);
		}
		catch (CertificateException ex) {
			throw notTrusted(chain, ex);
		}
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		throw new CertificateException("only SSLEngine connections are supported");
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		throw new CertificateException("a check without the connection cannot verify the host name");
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return this.delegate.getAcceptedIssuers();
	}

	private static CertificateException notTrusted(X509Certificate[] chain, CertificateException ex) {
		if (chain == null || chain.length == 0) {
			return ex;
		}
		return UntrustedCertificateException.notTrusted(Fingerprints.of(chain[0]), ex);
	}

}
