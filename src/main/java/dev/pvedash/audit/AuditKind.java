package dev.pvedash.audit;

/** Kinds written by this module; account changes are ACCOUNT_ + the change's name. */
final class AuditKind {

	static final String LOGIN = "LOGIN";

	/** A wrong (or throttled) current password on the own-password page. */
	static final String PASSWORD_CHECK = "PASSWORD_CHECK";

	private AuditKind() {
	}

}
