package dev.pvedash.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Fault injection for tests of other modules: slow answers, a failing path, an
 * unreachable node (595), a revoked or read-only token, refused or dropped connections, a
 * renewed certificate. Every fault stays until {@link #reset()}, which also restores the
 * original certificate and listening socket. Thread-safe; takes effect with the next
 * request.
 */
public final class SimulatorFaults {

	/** What the server must do for the connection-level faults. */
	interface Connectivity {

		void refuse();

		void accept();

		String renewCertificate();

		void restoreCertificate();

	}

	/** {@code reason} null: PVE's own 501 wording for the requested method and path. */
	private record PathFailure(Pattern path, int status, @Nullable String reason) {
	}

	private final Duration defaultAuthDelay;

	private final List<PathFailure> failures = new CopyOnWriteArrayList<>();

	private final Map<String, String> unreachable = new ConcurrentHashMap<>();

	private volatile @Nullable Connectivity connectivity;

	private volatile Duration latency = Duration.ZERO;

	private volatile Duration authFailureDelay;

	private volatile boolean tokenRevoked;

	private volatile boolean readOnlyToken;

	private volatile boolean dropConnections;

	private volatile boolean withoutSysAudit;

	private final AtomicLong requests = new AtomicLong();

	SimulatorFaults(Duration authFailureDelay) {
		this.defaultAuthDelay = authFailureDelay;
		this.authFailureDelay = authFailureDelay;
	}

	void connectivity(Connectivity connectivity) {
		this.connectivity = connectivity;
	}

	/** Every answer (errors included) is sent this much later. */
	public void latency(Duration latency) {
		this.latency = latency;
	}

	/**
	 * Requests whose path below {@code /api2/json} fully matches {@code pathRegex} (e.g.
	 * {@code /cluster/resources} or {@code /nodes/pve/qemu/\d+/status/current}) get
	 * {@code status} with {@code reason} in the status line, after authentication.
	 */
	public void failPath(String pathRegex, int status, String reason) {
		this.failures.add(new PathFailure(Pattern.compile(pathRegex), status, reason));
	}

	/**
	 * Matching paths answer 501 "Method 'GET /nodes/pve/qemu/100/config' not
	 * implemented", worded as pve-http-server words an API method the host does not offer
	 * (docs/polling.md, "Simulating the field").
	 */
	public void notImplemented(String pathRegex) {
		this.failures.add(new PathFailure(Pattern.compile(pathRegex), 501, null));
	}

	/**
	 * The token keeps VM.Audit but loses Sys.Audit (a privilege-separated token with an
	 * ACL on /vms only): {@code /cluster/resources} lists the guests but no node entries,
	 * and node reads answer 403, as pve-manager's {@code PVE/API2/Cluster.pm} filters
	 * each entry by its own privilege.
	 */
	public void withoutSysAudit(boolean without) {
		this.withoutSysAudit = without;
	}

	/**
	 * Requests answered since start (errors included), for tests that count what reached
	 * PVE.
	 */
	public long requests() {
		return this.requests.get();
	}

	/**
	 * A 500 for matching paths, e.g.
	 * {@code serverError("/cluster/resources", "cluster not ready - no quorum?")}.
	 */
	public void serverError(String pathRegex, String reason) {
		failPath(pathRegex, 500, reason);
	}

	/**
	 * Requests for {@code /nodes/{node}/…} get 595 "No route to host"; lists show the
	 * node offline.
	 */
	public void nodeUnreachable(String node) {
		nodeUnreachable(node, "No route to host");
	}

	public void nodeUnreachable(String node, String reason) {
		this.unreachable.put(node, reason);
	}

	/**
	 * The token is refused from now on (401), as after {@code pveum user token remove}.
	 */
	public void revokeToken() {
		this.tokenRevoked = true;
	}

	/**
	 * The token keeps only audit privileges: actions get 403 "Permission check failed
	 * (…)".
	 */
	public void readOnlyToken(boolean readOnly) {
		this.readOnlyToken = readOnly;
	}

	/** PVE's deliberate 401 delay (about 3 s on a real host). */
	public void authFailureDelay(Duration delay) {
		this.authFailureDelay = delay;
	}

	/**
	 * Stops listening: connects fail with "connection refused" until
	 * {@link #acceptConnections()}.
	 */
	public void refuseConnections() {
		requireConnectivity().refuse();
	}

	public void acceptConnections() {
		requireConnectivity().accept();
	}

	/** Accepts connections but closes each one on its first request without answering. */
	public void dropConnections(boolean drop) {
		this.dropConnections = drop;
	}

	/**
	 * Serves a newly generated certificate from now on (existing connections are closed,
	 * as pveproxy restarts after {@code pvecm updatecerts}); returns its fingerprint. The
	 * demo endpoint's pinned {@code fingerprint()} stays the old one, so a pinning client
	 * fails. Not persisted: {@link #reset()} restores the original.
	 */
	public String changeCertificate() {
		return requireConnectivity().renewCertificate();
	}

	public void reset() {
		this.failures.clear();
		this.unreachable.clear();
		this.latency = Duration.ZERO;
		this.authFailureDelay = this.defaultAuthDelay;
		this.tokenRevoked = false;
		this.readOnlyToken = false;
		this.dropConnections = false;
		this.withoutSysAudit = false;
		Connectivity connectivity = this.connectivity;
		if (connectivity != null) {
			connectivity.restoreCertificate();
			connectivity.accept();
		}
	}

	Duration latency() {
		return this.latency;
	}

	Duration authFailureDelay() {
		return this.authFailureDelay;
	}

	boolean tokenRevoked() {
		return this.tokenRevoked;
	}

	boolean readOnlyToken() {
		return this.readOnlyToken;
	}

	boolean dropsConnections() {
		return this.dropConnections;
	}

	@Nullable String unreachable(String node) {
		return this.unreachable.get(node);
	}

	boolean withoutSysAudit() {
		return this.withoutSysAudit;
	}

	void counted() {
		this.requests.incrementAndGet();
	}

	void checkPath(String method, String path) {
		for (PathFailure failure : this.failures) {
			if (failure.path().matcher(path).matches()) {
				throw (failure.reason() != null) ? ApiError.status(failure.status(), failure.reason())
						: ApiError.notImplemented(method, path);
			}
		}
	}

	private Connectivity requireConnectivity() {
		Connectivity connectivity = this.connectivity;
		if (connectivity == null) {
			throw new IllegalStateException("The simulator is not running");
		}
		return connectivity;
	}

}
