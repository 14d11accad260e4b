package dev.pvedash.proxmox;

import java.util.Locale;

/** vzdump's {@code mode}: how the guest is held still while it is copied. */
enum BackupMode {

	/** Live backup; the default, no downtime. */
	SNAPSHOT,
	/** Suspends the guest for the copy (containers: rsync, then a short suspend). */
	SUSPEND,
	/** Shuts the guest down for the backup and starts it again afterwards. */
	STOP;

	String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

}
