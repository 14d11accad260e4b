package dev.pvedash.simulator;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.IdentityCipherSuiteFilter;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The simulator's self-signed leaf certificate: EC P-256 (fast to generate), CN=pve with
 * the SANs PVE puts on its node certificates that matter here (DNS pve, DNS localhost, IP
 * 127.0.0.1), valid two years. Validity uses the real time, not the app's {@code Clock}:
 * TLS peers check it against their own clock.
 */
record ServerCertificate(PrivateKey key, X509Certificate certificate) {

	static final Duration VALIDITY = Duration.ofDays(730);

	static ServerCertificate generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			KeyPair pair = generator.generateKeyPair();
			X500Name subject = new X500Name("CN=pve,OU=PVE Cluster Node,O=Proxmox Virtual Environment");
			Instant from = Instant.now().minus(Duration.ofDays(1));
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
					new BigInteger(64, new SecureRandom()).setBit(63), Date.from(from), Date.from(from.plus(VALIDITY)),
					subject, pair.getPublic());
			builder.addExtension(Extension.subjectAlternativeName, false,
					new GeneralNames(new GeneralName[] { new GeneralName(GeneralName.dNSName, "pve"),
							new GeneralName(GeneralName.dNSName, "localhost"),
							new GeneralName(GeneralName.iPAddress, "127.0.0.1") }));
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
			builder.addExtension(Extension.extendedKeyUsage, false,
					new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
			return new ServerCertificate(pair.getPrivate(), certificate);
		}
		catch (GeneralSecurityException | OperatorCreationException | java.io.IOException ex) {
			throw new IllegalStateException("Cannot generate the simulator's certificate", ex);
		}
	}

	/**
	 * The JDK's TLS server context for this key, wrapped for Netty. Not
	 * {@code SslContextBuilder.forServer}: its JDK implementation probes for Bouncy
	 * Castle once per JVM and, finding it on the classpath, instantiates its provider,
	 * which loads and signature-checks some 500 classes of a signed jar that no
	 * class-data-sharing archive can hold: half a second of the main thread's start-up in
	 * a JFR profile.
	 */
	SslContext serverContext() {
		try {
			char[] password = new char[0];
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry("pve", this.key, password, new Certificate[] { this.certificate });
			KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keys.init(store, password);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(keys.getKeyManagers(), null, null);
			return new JdkSslContext(context, false, null, IdentityCipherSuiteFilter.INSTANCE,
					ApplicationProtocolConfig.DISABLED, ClientAuth.NONE);
		}
		catch (GeneralSecurityException | java.io.IOException ex) {
			throw new IllegalStateException("Cannot set up the simulator's TLS", ex);
		}
	}

	/**
	 * SHA-256 of the DER encoding as PVE shows it: {@code AB:CD:…}, 32 upper-case pairs.
	 */
	String fingerprint() {
		try {
			return colonHex(MessageDigest.getInstance("SHA-256").digest(this.certificate.getEncoded()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Still good for a month: otherwise a persisted certificate is replaced, as PVE
	 * renews its own.
	 */
	boolean fresh() {
		return this.certificate.getNotAfter().toInstant().isAfter(Instant.now().plus(Duration.ofDays(30)));
	}

	static String colonHex(byte[] bytes) {
		return HexFormat.ofDelimiter(":").withUpperCase().formatHex(bytes).toUpperCase(Locale.ROOT);
	}

}
