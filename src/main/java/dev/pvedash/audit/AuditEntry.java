package dev.pvedash.audit;

import java.time.Instant;

/**
 * One audit row; {@code occurredAt} is UTC. Public only so the template engine can call
 * {@link #badge()}.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String clientAddress, String kind, String target,
		AuditOutcome outcome, String detail) {

	public boolean failed() {
		return !this.outcome.succeeded();
	}

	/** The badge colour of the outcome, see {@link AuditOutcome}. */
	public String badge() {
		return this.outcome.badge();
	}

}
