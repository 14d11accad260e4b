package dev.pvedash.audit;

import java.time.Instant;

/** One audit row; {@code occurredAt} is UTC. Public only so the template engine can call {@link #failed()}. */
public record AuditEntry(long id, Instant occurredAt, String actor, String clientAddress, String kind, String target,
		String outcome, String detail) {

	public boolean failed() {
		return !"SUCCESS".equals(this.outcome);
	}

}
