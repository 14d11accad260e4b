package dev.pvedash.hosts;

import java.util.List;

import dev.pvedash.backups.Protection;
import dev.pvedash.backups.ProtectionSummary;
import dev.pvedash.snapshots.ScheduleHealth;
import dev.pvedash.snapshots.SnapshotRisks;
import dev.pvedash.snapshots.SnapshotWarning;

/**
 * Gathers the overview's risk headlines from the modules that judge them; every source
 * reads H2 only.
 */
class RiskHeadlines {

	// a long list of warnings on the overview hides the one that matters; the Snapshots
	// page has them all
	static final int SNAPSHOT_WARNINGS_SHOWN = 5;

	private final ScheduleHealth schedules;

	private final Protection protection;

	private final SnapshotRisks snapshots;

	RiskHeadlines(ScheduleHealth schedules, Protection protection, SnapshotRisks snapshots) {
		this.schedules = schedules;
		this.protection = protection;
		this.snapshots = snapshots;
	}

	Risks current() {
		List<SnapshotWarning> warnings = this.snapshots.current();
		int shown = Math.min(warnings.size(), SNAPSHOT_WARNINGS_SHOWN);
		ProtectionSummary protection = this.protection.summary();
		return new Risks(this.schedules.overdue(), protection.counts(), protection.excused(),
				warnings.subList(0, shown), warnings.size() - shown);
	}

}
