package dev.pvedash.audit;

import java.time.Instant;

/**
 * One audit row; {@code occurredAt} is UTC. Public only so the template engine can call
 * {@link #badge()}.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String clientAddress, String kind, String target,
		String outcome, String detail) {

	public boolean failed() {
		return !"SUCCESS".equals(this.outcome) && !"OK".equals(this.outcome);
	}

	/**
	 * The badge colour of the outcome: logins say SUCCESS/FAILURE, PVE tasks
	 * OK/FAILED/UNKNOWN/NOT_SENT, denials DENIED. NOT_SENT is a warning, not an error:
	 * nothing reached PVE (docs/actions.md).
	 */
	public String badge() {
		return switch (this.outcome) {
			case "SUCCESS", "OK" -> "badge-ok";
			case "FAILURE", "FAILED", "DENIED" -> "badge-error";
			case "UNKNOWN", "PARTIAL", "NOT_SENT" -> "badge-warn";
			case "REQUESTED" -> "badge-info";
			default -> "badge-off";
		};
	}

}
