package dev.pvedash.backups;

import java.util.Map;

/**
 * The admin's settings: storage location overrides by storage id, per-guest settings, and
 * whether templates are excluded from the verdict's risks.
 */
record BackupSettings(Map<String, StorageLocation> locations, Map<Integer, GuestSetting> guests,
		boolean excludeTemplates) {

	/**
	 * {@code freshnessDays} null: the global limit; {@code notNeeded} with the admin's
	 * {@code reason}.
	 */
	record GuestSetting(int vmid, Integer freshnessDays, boolean notNeeded, String reason) {
	}

	public GuestSetting guest(int vmid) {
		return this.guests.getOrDefault(vmid, new GuestSetting(vmid, null, false, null));
	}

}
