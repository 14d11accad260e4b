package dev.pvedash.backups;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a storage's backups would survive the loss of this host (docs/protection.md,
 * "Storage kinds"). The admin's override wins; an unknown type counts as on this host, so
 * the dashboard never over-claims.
 */
enum StorageLocation {

	ON_HOST, OFF_HOST;

	private static final Set<String> REMOTE = Set.of("pbs", "nfs", "cifs", "cephfs", "rbd", "glusterfs");

	static StorageLocation of(String type, StorageLocation override) {
		if (override != null) {
			return override;
		}
		return (type != null && REMOTE.contains(type.toLowerCase(Locale.ROOT))) ? OFF_HOST : ON_HOST;
	}

	static StorageLocation parse(String value) {
		return (value == null) ? null : valueOf(value);
	}

	public boolean offHost() {
		return this == OFF_HOST;
	}

}
