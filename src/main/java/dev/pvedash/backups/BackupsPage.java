package dev.pvedash.backups;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.pvedash.inventory.GuestView;
import dev.pvedash.system.Pager;

/**
 * What {@code /backups} shows; every list comes from H2. {@code asOf} is the latest read
 * of PVE, null before.
 *
 * @param guests this page's rows of the guests table
 * @param pager where this page falls among the guests that match the filters
 * @param counts how many of all guests have each verdict, excused guests left out (the
 * overview's numbers, whatever the filter and the page)
 * @param excused how many of all guests are not counted (no backup needed, templates)
 * @param uncovered the guests no backup job covers, when few enough to list (else empty)
 * @param uncoveredCount how many guests no backup job covers
 */
record BackupsPage(List<BackupRow> guests, Pager pager, Map<Verdict, Long> counts, long excused,
		List<StorageRow> storages, List<StoredJob> jobs, List<BackupSource.UncoveredEntry> uncovered,
		int uncoveredCount, List<SourceState> failingSources, Instant asOf) {

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
