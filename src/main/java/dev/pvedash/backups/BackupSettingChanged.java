package dev.pvedash.backups;

import java.time.Instant;

/**
 * An admin changed a protection setting. {@code setting} is storage-location, guest or
 * exclude-templates; {@code target} the storage id or vmid (null for exclude-templates);
 * {@code value} the new value in words.
 */
public record BackupSettingChanged(Instant at, String actor, String clientAddress, String setting, String target,
		String value) {
}
