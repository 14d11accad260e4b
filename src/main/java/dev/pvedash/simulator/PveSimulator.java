package dev.pvedash.simulator;

import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pvedash.proxmox.DemoEndpoint;

/**
 * A running PVE simulator: the reference homelab behind PVE's HTTP API on
 * {@code https://127.0.0.1:port}. It is listening as soon as {@link #start} returns. In
 * demo mode Spring creates one (see {@code SimulatorConfiguration}); tests may start
 * their own with {@link SimulatorProperties#defaults()}.
 * <p>
 * Credentials: the API token from the properties, or a ticket from
 * {@code POST /access/ticket} for {@code root@pam} whose password is the token secret.
 */
public final class PveSimulator implements DemoEndpoint, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PveSimulator.class);

	private final SimulatorProperties properties;

	private final ServedVersion version;

	private final SimulatorFaults faults;

	private final TaskRunner runner;

	private final Homelab lab;

	private final SimulatorServer server;

	private final ServerCertificate original;

	private volatile ServerCertificate current;

	private PveSimulator(SimulatorProperties properties, Clock clock, @Nullable Path certificateDirectory) {
		this.properties = properties;
		this.version = ServedVersion.parse(properties.pveVersion());
		if (!properties.tokenId().matches("[^@!\\s]+@[^@!\\s]+![A-Za-z][A-Za-z0-9._-]*")) {
			throw new IllegalArgumentException("pvedash.simulator.token-id must look like user@realm!name");
		}
		this.original = new CertificateStore(certificateDirectory).loadOrCreate();
		this.current = this.original;
		this.faults = new SimulatorFaults(properties.authFailureDelay());
		Homelab lab = ReferenceHomelab.build(properties.nodes(), properties.guests(), properties.seed(),
				clock.instant().getEpochSecond());
		this.lab = lab;
		this.runner = new TaskRunner(lab, clock, properties.timeScale());
		Tickets tickets = new Tickets(clock);
		Authenticator authenticator = new Authenticator(properties.tokenId(), properties.tokenSecret(), tickets,
				this.faults);
		AccessControl permissions = new AccessControl(properties.readOnlyToken(), this.faults);
		LoadModel load = new LoadModel(properties.seed());
		NodeViews nodes = new NodeViews(lab, load, this.version, this.faults, this::servedFingerprint);
		GuestViews guests = new GuestViews(load, this.version);
		Router router = new Router();
		new AccessRoutes(authenticator, tickets, permissions, properties.nodes() > 1).register(router);
		new ClusterRoutes(lab, nodes, guests, this.version, permissions, clock).register(router);
		new NodeRoutes(lab, nodes, permissions, clock).register(router);
		new GuestRoutes(lab, guests, permissions, clock).register(router);
		new PowerRoutes(lab, permissions, this.runner).register(router);
		new SnapshotRoutes(lab, permissions, guests, this.runner).register(router);
		new BackupRoutes(lab, permissions, this.runner).register(router);
		new BackupJobRoutes(lab, permissions, this.version, clock).register(router);
		new TaskRoutes(lab, permissions, this.runner).register(router);
		new RrdRoutes(lab, load, nodes, this.version, permissions, clock).register(router);
		this.server = new SimulatorServer(new PveApi(lab, router, authenticator, this.faults, this.version),
				this.faults);
		this.server.bind(properties.port(), this.current);
		this.faults.connectivity(new ServerConnectivity());
	}

	/**
	 * Builds the homelab and listens before returning. {@code certificateDirectory} keeps
	 * the certificate across restarts ({@code null}: a fresh one in memory).
	 */
	public static PveSimulator start(SimulatorProperties properties, Clock clock, @Nullable Path certificateDirectory) {
		PveSimulator simulator = new PveSimulator(properties, clock, certificateDirectory);
		log.info("PVE simulator (PVE {}, {} node(s), {} guests) listening on {} - token {}, certificate SHA-256 {}",
				simulator.version.version(), properties.nodes(), properties.guests(), simulator.url(),
				properties.tokenId(), simulator.fingerprint());
		return simulator;
	}

	@Override
	public URI url() {
		return URI.create("https://127.0.0.1:" + port());
	}

	@Override
	public String tokenId() {
		return this.properties.tokenId();
	}

	@Override
	public String tokenSecret() {
		return this.properties.tokenSecret();
	}

	/**
	 * The fingerprint to pin: that of the simulator's own (persisted) certificate. It
	 * deliberately stays put when {@link SimulatorFaults#changeCertificate()} swaps the
	 * served certificate, just as a user's pinned value does, so a client pinning this
	 * sees the mismatch; {@link #servedFingerprint()} tells the new one.
	 */
	@Override
	public String fingerprint() {
		return this.original.fingerprint();
	}

	/**
	 * Of the certificate served right now (differs from {@link #fingerprint()} only while
	 * that fault lasts).
	 */
	public String servedFingerprint() {
		return this.current.fingerprint();
	}

	/** The actual port, also when 0 was configured. */
	public int port() {
		return this.server.port();
	}

	/** The certificate served now, for a test client's trust store. */
	public X509Certificate certificate() {
		return this.current.certificate();
	}

	/** The PVE release imitated, as {@code GET /version} reports it. */
	public String pveVersion() {
		return this.version.version();
	}

	/**
	 * The simulated state, for tests that change what only PVE's own UI could (a config
	 * edit).
	 */
	Homelab lab() {
		return this.lab;
	}

	public SimulatorFaults faults() {
		return this.faults;
	}

	@Override
	public void close() {
		this.runner.close();
		this.server.close();
	}

	private final class ServerConnectivity implements SimulatorFaults.Connectivity {

		@Override
		public void refuse() {
			PveSimulator.this.server.unbind();
		}

		@Override
		public void accept() {
			if (!PveSimulator.this.server.listening()) {
				PveSimulator.this.server.rebind(PveSimulator.this.current);
			}
		}

		@Override
		public String renewCertificate() {
			swap(ServerCertificate.generate());
			return servedFingerprint();
		}

		@Override
		public void restoreCertificate() {
			if (PveSimulator.this.current != PveSimulator.this.original) {
				swap(PveSimulator.this.original);
			}
		}

		private void swap(ServerCertificate certificate) {
			PveSimulator.this.current = certificate;
			if (PveSimulator.this.server.listening()) {
				PveSimulator.this.server.rebind(certificate);
			}
		}

	}

}
