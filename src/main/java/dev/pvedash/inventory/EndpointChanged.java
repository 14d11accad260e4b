package dev.pvedash.inventory;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Published when the reason the poller's cycles fail changes: PVE became unreachable,
 * refused the token or the certificate, or answers again ({@code errorKind} null). Once
 * per change, never per cycle, so the audit log gets one row for a revoked token however
 * long it stays revoked (docs/security.md, F5 and F7).
 *
 * @param errorKind a {@code ProxmoxException.Kind} name, or null when a cycle succeeded
 * again
 * @param previousKind the kind before the change, null if the cycles were succeeding
 */
public record EndpointChanged(Instant at, @Nullable String errorKind, @Nullable String message,
		@Nullable String previousKind) {

	public boolean recovered() {
		return this.errorKind == null;
	}

}
