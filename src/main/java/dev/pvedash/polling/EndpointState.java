package dev.pvedash.polling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The PVE endpoint as the poller last saw it. {@code errorKind} is a {@code ProxmoxException.Kind} name
 * (AUTHENTICATION, PERMISSION, TLS, NODE_UNREACHABLE, TIMEOUT, CONNECTION, …) or null when the last cycle
 * succeeded; {@code warnings} are the token self-test's findings.
 */
public record EndpointState(boolean demo, Instant lastGoodAt, Instant lastAttemptAt, Duration interval,
		String errorKind, String errorMessage, List<String> warnings) {

	/** Never read successfully: pages say "no data yet", not "nothing there". */
	public boolean neverRead() {
		return this.lastGoodAt == null;
	}

	/** Older than two poll intervals (quality bar: stale after 2 intervals). */
	public boolean stale(Instant now) {
		return this.lastGoodAt == null || this.lastGoodAt.plus(this.interval.multipliedBy(2)).isBefore(now);
	}

	public boolean failing() {
		return this.errorKind != null;
	}

}
