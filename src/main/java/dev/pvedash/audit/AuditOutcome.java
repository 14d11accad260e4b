package dev.pvedash.audit;

import dev.pvedash.guests.ActionState;
import dev.pvedash.system.StoredWords;
import dev.pvedash.users.SecondFactorChecked;

/**
 * The outcome of an audit row, stored by name in {@code audit_entry.outcome}. Sign-ins
 * and settings say SUCCESS or FAILURE (second-factor codes also LOCKED), denials DENIED,
 * guest actions REQUESTED and then their end (docs/actions.md), the PVE endpoint OK or
 * FAILURE. The page shows the words of {@code audit.outcome.*} in the colour of
 * {@link #badge()}; a test checks that every value has them. Other modules' outcomes map
 * here, one case each.
 */
enum AuditOutcome {

	SUCCESS("badge-ok"), FAILURE("badge-error"),
	/** A wrong second-factor code that locked the authenticator codes. */
	LOCKED("badge-off"), DENIED("badge-error"), REQUESTED("badge-info"), OK("badge-ok"), FAILED("badge-error"),
	/** Nothing reached PVE: a warning, not an error (docs/actions.md). */
	NOT_SENT("badge-warn"), UNKNOWN("badge-warn"),
	/** Not written today; the page has always shown it as a warning. */
	PARTIAL("badge-warn"),
	/** A stored word this version does not know. */
	UNRECOGNISED("badge-off");

	private final String badge;

	AuditOutcome(String badge) {
		this.badge = badge;
	}

	static AuditOutcome of(String stored) {
		return StoredWords.read(AuditOutcome.class, stored, UNRECOGNISED);
	}

	/**
	 * An ended action is never in flight; were it, its result would not be known.
	 */
	static AuditOutcome of(ActionState ended) {
		return switch (ended) {
			case OK -> OK;
			case FAILED -> FAILED;
			case NOT_SENT -> NOT_SENT;
			case UNKNOWN, CLAIMED, RUNNING -> UNKNOWN;
		};
	}

	static AuditOutcome of(SecondFactorChecked.Outcome checked) {
		return switch (checked) {
			case SUCCESS -> SUCCESS;
			case FAILURE -> FAILURE;
			case LOCKED -> LOCKED;
		};
	}

	public boolean succeeded() {
		return this == SUCCESS || this == OK;
	}

	public String badge() {
		return this.badge;
	}

	public String messageKey() {
		return "audit.outcome." + name();
	}

}
