package dev.pvedash.proxmox.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import dev.pvedash.proxmox.ProxmoxException;

/**
 * The outcome of the latest request to PVE, whoever made it (poller, actions, probe), so
 * health says "UP when the last request succeeded" without polling on its own. Only
 * failures of the connection itself count: a refused action (500, 403) or an endpoint a
 * host lacks (501) says nothing about reachability.
 */
public class RequestOutcomes {

	private static final Set<ProxmoxException.Kind> CONNECTION_LEVEL = EnumSet.of(ProxmoxException.Kind.AUTHENTICATION,
			ProxmoxException.Kind.TLS, ProxmoxException.Kind.CONNECTION, ProxmoxException.Kind.TIMEOUT,
			ProxmoxException.Kind.PROTOCOL);

	public record Failure(Instant at, ProxmoxException error) {
	}

	private final Clock clock;

	private volatile Instant lastSuccess;

	private volatile Failure lastFailure;

	public RequestOutcomes(Clock clock) {
		this.clock = clock;
	}

	void succeeded() {
		this.lastSuccess = this.clock.instant();
	}

	void failed(ProxmoxException error) {
		if (CONNECTION_LEVEL.contains(error.kind())) {
			this.lastFailure = new Failure(this.clock.instant(), error);
		}
	}

	/**
	 * The failure, if the latest request that told anything about the connection failed.
	 */
	public Failure currentFailure() {
		Failure failure = this.lastFailure;
		Instant success = this.lastSuccess;
		return (failure != null && (success == null || failure.at().isAfter(success))) ? failure : null;
	}

	public Instant lastSuccess() {
		return this.lastSuccess;
	}

}
