package dev.pvedash.hosts;

import java.util.List;
import java.util.Map;

import dev.pvedash.backups.Verdict;
import dev.pvedash.snapshots.OverdueSchedule;
import dev.pvedash.snapshots.SnapshotWarning;

/**
 * The overview's headlines: what needs the owner's attention before any figure. Schedules
 * that stopped (dead-man) first, then how many guests would survive a dead disk, then the
 * snapshot warnings.
 *
 * @param protection guests per verdict, excused guests left out
 * @param excused guests marked "no backup needed" and excluded templates
 * @param snapshotWarnings the first few, broken snapshots first
 * @param moreSnapshotWarnings how many were left out
 */
record Risks(List<OverdueSchedule> overdue, Map<Verdict, Long> protection, long excused,
		List<SnapshotWarning> snapshotWarnings, int moreSnapshotWarnings) {

	/** Every verdict that is not Protected, with at least one guest. */
	public boolean unprotected() {
		return this.protection.entrySet().stream().anyMatch(e -> e.getKey() != Verdict.PROTECTED && e.getValue() > 0);
	}

	public Verdict[] verdicts() {
		return Verdict.values();
	}

}
