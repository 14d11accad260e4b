package dev.pvedash.audit;

import java.util.Arrays;

import dev.pvedash.guests.GuestAction;
import dev.pvedash.snapshots.ScheduleChanged;
import dev.pvedash.users.AccountChanged;

/**
 * Every kind of audit row, named as stored; the page shows each as words
 * ({@code audit.kind.<NAME>} in messages.properties, a test checks that every value has
 * them). Account changes, guest actions and schedule changes map to their kind here, one
 * case each, so a new change or action cannot be audited under a made-up name.
 */
enum AuditKind {

	LOGIN, LOGIN_CODE, PASSWORD_CHECK, ACCESS_DENIED, ACCOUNT_CREATED, ACCOUNT_ROLE_CHANGED, ACCOUNT_DISABLED,
	ACCOUNT_ENABLED, ACCOUNT_PASSWORD_RESET, ACCOUNT_PASSWORD_CHANGED, ACCOUNT_SECOND_FACTOR_ENABLED,
	ACCOUNT_SECOND_FACTOR_DISABLED, ACCOUNT_SECOND_FACTOR_RESET, ACCOUNT_SECOND_FACTOR_UNLOCKED,
	ACCOUNT_SECOND_FACTOR_POLICY, GUEST_START, GUEST_SHUTDOWN, GUEST_REBOOT, GUEST_STOP, GUEST_SUSPEND, GUEST_RESUME,
	GUEST_SNAPSHOT, GUEST_ROLLBACK, GUEST_DELSNAPSHOT, GUEST_BACKUP, SCHEDULE_CREATED, SCHEDULE_UPDATED,
	SCHEDULE_DELETED, SCHEDULE_ENABLED, SCHEDULE_DISABLED, SCHEDULE_RUN_NOW, BACKUP_SETTING, PVE_REFUSED, PVE_ACCEPTED;

	static AuditKind of(AccountChanged.Change change) {
		return switch (change) {
			case CREATED -> ACCOUNT_CREATED;
			case ROLE_CHANGED -> ACCOUNT_ROLE_CHANGED;
			case DISABLED -> ACCOUNT_DISABLED;
			case ENABLED -> ACCOUNT_ENABLED;
			case PASSWORD_RESET -> ACCOUNT_PASSWORD_RESET;
			case PASSWORD_CHANGED -> ACCOUNT_PASSWORD_CHANGED;
			case SECOND_FACTOR_ENABLED -> ACCOUNT_SECOND_FACTOR_ENABLED;
			case SECOND_FACTOR_DISABLED -> ACCOUNT_SECOND_FACTOR_DISABLED;
			case SECOND_FACTOR_RESET -> ACCOUNT_SECOND_FACTOR_RESET;
			case SECOND_FACTOR_UNLOCKED -> ACCOUNT_SECOND_FACTOR_UNLOCKED;
			case SECOND_FACTOR_POLICY -> ACCOUNT_SECOND_FACTOR_POLICY;
		};
	}

	static AuditKind of(GuestAction action) {
		return switch (action) {
			case START -> GUEST_START;
			case SHUTDOWN -> GUEST_SHUTDOWN;
			case REBOOT -> GUEST_REBOOT;
			case STOP -> GUEST_STOP;
			case SUSPEND -> GUEST_SUSPEND;
			case RESUME -> GUEST_RESUME;
			case SNAPSHOT -> GUEST_SNAPSHOT;
			case ROLLBACK -> GUEST_ROLLBACK;
			case DELSNAPSHOT -> GUEST_DELSNAPSHOT;
			case BACKUP -> GUEST_BACKUP;
		};
	}

	static AuditKind of(ScheduleChanged.Change change) {
		return switch (change) {
			case CREATED -> SCHEDULE_CREATED;
			case UPDATED -> SCHEDULE_UPDATED;
			case DELETED -> SCHEDULE_DELETED;
			case ENABLED -> SCHEDULE_ENABLED;
			case DISABLED -> SCHEDULE_DISABLED;
			case RUN_NOW -> SCHEDULE_RUN_NOW;
		};
	}

	static boolean known(String kind) {
		return Arrays.stream(values()).anyMatch(k -> k.name().equals(kind));
	}

}
