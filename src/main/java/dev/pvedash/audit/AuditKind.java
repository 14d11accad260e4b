package dev.pvedash.audit;

/** Kinds written by this module; account changes are ACCOUNT_ + the change's name. */
final class AuditKind {

	static final String LOGIN = "LOGIN";

	static final String ACCESS_DENIED = "ACCESS_DENIED";

	private AuditKind() {
	}

}
