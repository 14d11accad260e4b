package dev.pvedash.backups;

import java.time.Instant;
import java.util.List;

import dev.pvedash.inventory.GuestView;

/**
 * What {@code /backups} shows; every list comes from H2. {@code asOf} is the latest read
 * of PVE, null before.
 */
record BackupsPage(List<GuestRow> guests, List<StorageRow> storages, List<StoredJob> jobs,
		List<BackupSource.UncoveredEntry> uncovered, List<SourceState> failingSources, Instant asOf) {

	record GuestRow(GuestView guest, GuestProtection protection, List<CopyRow> copies, StoredLastTask lastTask) {

		public CopyRow newest() {
			return this.copies.isEmpty() ? null : this.copies.get(0);
		}

	}

	record CopyRow(StoredCopy copy, StorageLocation location) {
	}

	/** {@code overridden}: the admin set the location; otherwise the type decided it. */
	record StorageRow(StoredStorage storage, StorageLocation location, boolean overridden) {
	}

}
