package dev.pvedash.simulator;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the certificate as {@code pve-ssl.pem} / {@code pve-ssl.key} (PVE's names) under
 * {@code ${pvedash.data-dir}/simulator/}, so the fingerprint a user pinned survives
 * restarts. Without a directory, or if the files are unreadable or about to expire, a new
 * certificate is made (and written).
 */
final class CertificateStore {

	private static final Logger log = LoggerFactory.getLogger(CertificateStore.class);

	private final @Nullable Path directory;

	CertificateStore(@Nullable Path directory) {
		this.directory = directory;
	}

	ServerCertificate loadOrCreate() {
		if (this.directory == null) {
			return ServerCertificate.generate();
		}
		Path pem = this.directory.resolve("pve-ssl.pem");
		Path key = this.directory.resolve("pve-ssl.key");
		if (Files.isRegularFile(pem) && Files.isRegularFile(key)) {
			try {
				ServerCertificate stored = new ServerCertificate(readKey(key), readCertificate(pem));
				if (stored.fresh()) {
					return stored;
				}
			}
			catch (IOException | CertificateException | RuntimeException ex) {
				log.warn("Replacing the simulator certificate in {}: {}", this.directory, ex.getMessage());
			}
		}
		ServerCertificate created = ServerCertificate.generate();
		write(created, pem, key);
		return created;
	}

	private void write(ServerCertificate certificate, Path pem, Path key) {
		try {
			Files.createDirectories(this.directory);
			writeAtomically(key, pemOf(new JcaPKCS8Generator(certificate.key(), null)), true);
			writeAtomically(pem, pemOf(certificate.certificate()), false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store the simulator certificate in " + this.directory, ex);
		}
	}

	private static void writeAtomically(Path target, String text, boolean secret) throws IOException {
		Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
		if (secret && temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
		}
		Files.writeString(temp, text, StandardCharsets.US_ASCII);
		Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static String pemOf(Object object) throws IOException {
		StringWriter text = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
			writer.writeObject(object);
		}
		return text.toString();
	}

	private static X509Certificate readCertificate(Path pem) throws IOException, CertificateException {
		try (PEMParser parser = new PEMParser(Files.newBufferedReader(pem, StandardCharsets.US_ASCII))) {
			return new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) parser.readObject());
		}
	}

	private static PrivateKey readKey(Path key) throws IOException {
		try (Reader reader = Files.newBufferedReader(key, StandardCharsets.US_ASCII);
				PEMParser parser = new PEMParser(reader)) {
			Object object = parser.readObject();
			JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
			return (object instanceof PEMKeyPair pair) ? converter.getKeyPair(pair).getPrivate()
					: converter.getPrivateKey((PrivateKeyInfo) object);
		}
	}

}
