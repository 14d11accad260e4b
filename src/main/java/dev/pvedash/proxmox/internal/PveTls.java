package dev.pvedash.proxmox.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;

import dev.pvedash.proxmox.ProxmoxConnection;
import dev.pvedash.proxmox.ProxmoxTlsException;

/**
 * The client side of TLS for each {@link ProxmoxConnection.TrustMode}
 * (docs/proxmox-notes.md, TLS): a pin, a CA file or the JVM trust store; TLS 1.2 and 1.3
 * only. Every mode verifies; there is no switch that would not.
 */
public final class PveTls {

	static final String[] PROTOCOLS = { "TLSv1.3", "TLSv1.2" };

	private PveTls() {
	}

	static SslContext sslContext(ProxmoxConnection connection) {
		try {
			return SslContextBuilder.forClient()
				.sslProvider(SslProvider.JDK)
				.protocols(PROTOCOLS)
				.trustManager(trustManager(connection))
				.endpointIdentificationAlgorithm(verifiesHostName(connection) ? "HTTPS" : null)
				.build();
		}
		catch (SSLException ex) {
			throw new ProxmoxTlsException("cannot set up TLS: " + ex.getMessage(), null, null, ex);
		}
	}

	/**
	 * A pin names one certificate, so its host name is irrelevant; CA trust means nothing
	 * without it.
	 */
	static boolean verifiesHostName(ProxmoxConnection connection) {
		return connection.trustMode() != ProxmoxConnection.TrustMode.PINNED;
	}

	static X509ExtendedTrustManager trustManager(ProxmoxConnection connection) {
		return switch (connection.trustMode()) {
			case PINNED -> new PinnedTrustManager(connection.fingerprint().orElseThrow());
			case CA_FILE ->
				new VerifyingTrustManager(pkix(keyStore(readCertificates(connection.caFile().orElseThrow()))));
			case SYSTEM -> new VerifyingTrustManager(pkix(null));
		};
	}

	/**
	 * The certificates of a PEM (or DER) file; {@link IllegalArgumentException} naming
	 * the setting otherwise.
	 */
	public static List<X509Certificate> readCertificates(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			Collection<? extends Certificate> read = CertificateFactory.getInstance("X.509").generateCertificates(in);
			List<X509Certificate> certificates = new ArrayList<>();
			read.forEach(c -> certificates.add((X509Certificate) c));
			if (certificates.isEmpty()) {
				throw new IllegalArgumentException("PVEDASH_PROXMOX_CA_FILE holds no certificate: " + file);
			}
			return certificates;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalArgumentException("PVEDASH_PROXMOX_CA_FILE cannot be read as PEM certificates: " + file
					+ " (" + ex.getMessage() + ")", ex);
		}
	}

	private static KeyStore keyStore(List<X509Certificate> certificates) {
		try {
			KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
			store.load(null, null);
			for (int i = 0; i < certificates.size(); i++) {
				store.setCertificateEntry("pve-ca-" + i, certificates.get(i));
			}
			return store;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("cannot build a trust store", ex);
		}
	}

	/**
	 * The JDK's PKIX trust manager for {@code store}, or for the JVM's own trust store
	 * when it is null.
	 */
	private static X509ExtendedTrustManager pkix(KeyStore store) {
		try {
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init(store);
			for (TrustManager manager : factory.getTrustManagers()) {
				if (manager instanceof X509ExtendedTrustManager x509) {
					return x509;
				}
			}
			throw new IllegalStateException("the JDK offers no X509ExtendedTrustManager");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot initialise the JDK trust manager", ex);
		}
	}

}
