package dev.pvedash.proxmox;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import dev.pvedash.proxmox.internal.Fingerprints;
import dev.pvedash.proxmox.internal.PveTls;
import dev.pvedash.proxmox.internal.PveUrls;

/**
 * The PVE endpoint the app talks to, resolved once from {@link ProxmoxProperties}: where,
 * as whom, and how its certificate is trusted. Pages and health checks read it to say
 * what they are connected to; the credential itself stays package-private.
 * <p>
 * With no URL configured it is the {@link DemoEndpoint} (demo mode), read lazily: the
 * simulator knows its port and certificate only once it has started. With neither, it is
 * "not configured" and every use of the client fails with
 * {@link ProxmoxNotConfiguredException}, while the rest of the app runs.
 */
public final class ProxmoxConnection {

	/** How requests are authenticated (docs/proxmox-notes.md, Authentication). */
	public enum AuthMode {

		/** {@code Authorization: PVEAPIToken=…} on every request. */
		TOKEN,
		/** Username and password exchanged for a 2-hour ticket. */
		TICKET,
		/** Not configured. */
		NONE

	}

	/**
	 * How PVE's certificate is trusted (docs/proxmox-notes.md, TLS). There is
	 * deliberately no "trust all".
	 */
	public enum TrustMode {

		/**
		 * SHA-256 of the leaf certificate must equal the pin; the host name is not
		 * checked.
		 */
		PINNED,
		/**
		 * PKIX validation against the CA file's certificates, plus host name
		 * verification.
		 */
		CA_FILE,
		/** PKIX validation against the JVM trust store, plus host name verification. */
		SYSTEM

	}

	private final URI baseUri;

	private final DemoEndpoint demo;

	private final AuthMode authMode;

	private final String principal;

	private final String secret;

	private final TrustMode trustMode;

	private final String fingerprint;

	private final Path caFile;

	private final Duration connectTimeout;

	private final Duration readTimeout;

	private ProxmoxConnection(URI baseUri, DemoEndpoint demo, AuthMode authMode, String principal, String secret,
			String fingerprint, Path caFile, Duration connectTimeout, Duration readTimeout) {
		this.baseUri = baseUri;
		this.demo = demo;
		this.authMode = authMode;
		this.principal = principal;
		this.secret = secret;
		this.fingerprint = fingerprint;
		this.caFile = caFile;
		this.trustMode = (demo != null || fingerprint != null) ? TrustMode.PINNED
				: (caFile != null) ? TrustMode.CA_FILE : TrustMode.SYSTEM;
		this.connectTimeout = connectTimeout;
		this.readTimeout = readTimeout;
	}

	static ProxmoxConnection resolve(ProxmoxProperties properties, DemoEndpoint demo) {
		Duration connect = properties.connectTimeout();
		Duration read = properties.readTimeout();
		if (properties.url() == null) {
			return (demo != null)
					? new ProxmoxConnection(null, demo, AuthMode.TOKEN, null, null, null, null, connect, read)
					: new ProxmoxConnection(null, null, AuthMode.NONE, null, null, null, null, connect, read);
		}
		URI uri = URI.create(properties.url());
		Path caFile = (properties.caFile() != null) ? Path.of(properties.caFile()) : null;
		if (caFile != null) {
			PveTls.readCertificates(caFile); // fail at startup, not at the first poll
		}
		return (properties.tokenId() != null)
				? new ProxmoxConnection(uri, null, AuthMode.TOKEN, properties.tokenId(), properties.tokenSecret(),
						properties.fingerprint(), caFile, connect, read)
				: new ProxmoxConnection(uri, null, AuthMode.TICKET, properties.username(), properties.password(),
						properties.fingerprint(), caFile, connect, read);
	}

	/** A copy with other timeouts (tests use sub-second ones the properties refuse). */
	ProxmoxConnection withTimeouts(Duration connect, Duration read) {
		return new ProxmoxConnection(this.baseUri, this.demo, this.authMode, this.principal, this.secret,
				this.fingerprint, this.caFile, connect, read);
	}

	/** False when there is neither a URL nor a demo endpoint. */
	public boolean configured() {
		return this.authMode != AuthMode.NONE;
	}

	/** True when talking to the built-in simulator. */
	public boolean demo() {
		return this.demo != null;
	}

	/** {@code https://host[:port]}, without {@code /api2/json}. */
	public URI baseUri() {
		if (this.demo != null) {
			try {
				return PveUrls.baseUri(String.valueOf(this.demo.url()), "the simulator's demo endpoint URL");
			}
			catch (IllegalArgumentException ex) {
				throw new ProxmoxNotConfiguredException(ex.getMessage());
			}
		}
		if (this.baseUri == null) {
			throw new ProxmoxNotConfiguredException();
		}
		return this.baseUri;
	}

	public AuthMode authMode() {
		return this.authMode;
	}

	/**
	 * Token id ({@code USER@REALM!TOKENID}) or user name ({@code USER@REALM}); empty when
	 * not configured.
	 */
	public Optional<String> principal() {
		return Optional.ofNullable((this.demo != null) ? this.demo.tokenId() : this.principal);
	}

	/** Meaningless when not configured. */
	public TrustMode trustMode() {
		return this.trustMode;
	}

	/** The pinned fingerprint in PVE's form, in {@link TrustMode#PINNED}. */
	public Optional<String> fingerprint() {
		if (this.demo != null) {
			try {
				return Optional.of(Fingerprints.normalize(this.demo.fingerprint(), "the simulator's fingerprint"));
			}
			catch (IllegalArgumentException ex) {
				throw new ProxmoxNotConfiguredException(ex.getMessage());
			}
		}
		return Optional.ofNullable(this.fingerprint);
	}

	/** The CA file, in {@link TrustMode#CA_FILE}. */
	public Optional<Path> caFile() {
		return Optional.ofNullable(this.caFile);
	}

	public Duration connectTimeout() {
		return this.connectTimeout;
	}

	public Duration readTimeout() {
		return this.readTimeout;
	}

	/** Token secret or password: only the transport needs it. */
	String secret() {
		return (this.demo != null) ? this.demo.tokenSecret() : this.secret;
	}

	// never the secret; and nothing read from the demo endpoint, which may not have
	// started yet
	@Override
	public String toString() {
		if (!configured()) {
			return "ProxmoxConnection[not configured]";
		}
		if (this.demo != null) {
			return "ProxmoxConnection[demo: built-in simulator, token, pinned certificate]";
		}
		return "ProxmoxConnection[" + this.baseUri + ", " + this.authMode.name().toLowerCase(Locale.ROOT) + " "
				+ this.principal + ", " + trustDescription() + ", connect timeout " + this.connectTimeout
				+ ", read timeout " + this.readTimeout + "]";
	}

	private String trustDescription() {
		return switch (this.trustMode) {
			case PINNED -> "pinned SHA-256 " + this.fingerprint;
			case CA_FILE -> "CA file " + this.caFile;
			case SYSTEM -> "JVM trust store";
		};
	}

}
