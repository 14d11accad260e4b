package dev.pvedash.audit;

import java.util.Arrays;

/**
 * Every kind of audit row, named as stored; the page shows each as words ({@code audit.kind.<NAME>} in
 * messages.properties, a test checks that every value has them). Account changes are ACCOUNT_ + the change,
 * guest actions GUEST_ + the action, schedule changes SCHEDULE_ + the change.
 */
enum AuditKind {

	LOGIN, LOGIN_CODE, PASSWORD_CHECK, ACCESS_DENIED,
	ACCOUNT_CREATED, ACCOUNT_ROLE_CHANGED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, ACCOUNT_PASSWORD_RESET,
	ACCOUNT_PASSWORD_CHANGED, ACCOUNT_SECOND_FACTOR_ENABLED, ACCOUNT_SECOND_FACTOR_DISABLED,
	ACCOUNT_SECOND_FACTOR_RESET, ACCOUNT_SECOND_FACTOR_UNLOCKED, ACCOUNT_SECOND_FACTOR_POLICY,
	GUEST_START, GUEST_SHUTDOWN, GUEST_REBOOT, GUEST_STOP, GUEST_SUSPEND, GUEST_RESUME, GUEST_SNAPSHOT,
	GUEST_ROLLBACK, GUEST_DELSNAPSHOT, GUEST_BACKUP,
	SCHEDULE_CREATED, SCHEDULE_UPDATED, SCHEDULE_DELETED, SCHEDULE_ENABLED, SCHEDULE_DISABLED, SCHEDULE_RUN_NOW,
	BACKUP_SETTING,
	PVE_REFUSED, PVE_ACCEPTED;

	static boolean known(String kind) {
		return Arrays.stream(values()).anyMatch(k -> k.name().equals(kind));
	}

}
