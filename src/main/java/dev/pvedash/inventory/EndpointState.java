package dev.pvedash.inventory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The PVE endpoint as the poller last saw it. {@code errorKind} is a
 * {@code ProxmoxException.Kind} name (AUTHENTICATION, PERMISSION, TLS, NODE_UNREACHABLE,
 * TIMEOUT, CONNECTION, …) or null when the last cycle succeeded; {@code warnings} are the
 * token self-test's findings.
 *
 * @param failedCycles failed cycles in a row since the last good one (0 after a success)
 * @param staleAfter how old the last good read may be before pages call it stale: two
 * active intervals, whatever the current (idle or backed-off) interval is
 * (docs/polling.md, "Staleness")
 * @param refreshing a page was viewed after an idle period and the cycle it asked for has
 * not ended yet
 * @param nodesHidden the last read listed guests but no nodes: the token lacks Sys.Audit
 * (docs/polling.md)
 */
public record EndpointState(boolean demo, Instant lastGoodAt, Instant lastAttemptAt, Duration interval,
		String errorKind, String errorMessage, List<String> warnings, int failedCycles, Duration staleAfter,
		boolean refreshing, boolean nodesHidden) {

	/**
	 * Failed cycles forgiven before the red banner: one miss is "retrying…", not an
	 * alarm.
	 */
	public static final int GRACE_CYCLES = 1;

	// answers that will not change by asking again (401, 403, a changed certificate, a
	// 400) get no grace
	private static final Set<String> TRANSIENT = Set.of("CONNECTION", "TIMEOUT", "SERVER", "NODE_UNREACHABLE",
			"PROTOCOL");

	/**
	 * The state as recorded before grace and refresh existed: a failure is past its
	 * grace.
	 */
	public EndpointState(boolean demo, Instant lastGoodAt, Instant lastAttemptAt, Duration interval, String errorKind,
			String errorMessage, List<String> warnings) {
		this(demo, lastGoodAt, lastAttemptAt, interval, errorKind, errorMessage, warnings,
				(errorKind != null) ? GRACE_CYCLES + 1 : 0, interval.multipliedBy(2), false, false);
	}

	/** Never read successfully: pages say "no data yet", not "nothing there". */
	public boolean neverRead() {
		return this.lastGoodAt == null;
	}

	/**
	 * The last good read is older than {@link #staleAfter} (docs/polling.md: stale after
	 * two active intervals).
	 */
	public boolean stale(Instant now) {
		return this.lastGoodAt == null || this.lastGoodAt.plus(this.staleAfter).isBefore(now);
	}

	public boolean failing() {
		return this.errorKind != null;
	}

	/**
	 * Failing, but only for the grace cycle and with a cause that may pass: pages say
	 * "retrying…".
	 */
	public boolean retrying() {
		return failing() && this.failedCycles <= GRACE_CYCLES && TRANSIENT.contains(this.errorKind);
	}

	/** Failing past the grace: the red banner with what to do. */
	public boolean alarming() {
		return failing() && !retrying();
	}

}
