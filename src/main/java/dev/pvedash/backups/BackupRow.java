package dev.pvedash.backups;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One row of the {@code /backups} guests table, its words formatted once in Java so that
 * the template only places them: the verdict's sentence, the newest backup and the last
 * task cost a dozen expressions and fragment calls per row otherwise (docs/benchmarks.md,
 * "Pages under load").
 *
 * @param source the guest, its verdict and its backups (the "backups per guest" list)
 * @param verdictBadge the CSS classes of the verdict's badge (docs/ui.md state colours)
 * @param excuse why the guest is not counted ("no backup needed: …"), or null
 * @param newest the newest backup's age ("2 d ago"), or null when there is none
 * @param newestWhere its storage and where that is ("pbs · off this host")
 * @param taskBadge the last backup task's badge classes, or null when there is no task
 * @param taskNote PVE's exit text of a troubled task, or null
 */
record BackupRow(BackupsPage.GuestRow source, String verdictBadge, String verdictWord, String why,
		@Nullable String excuse, @Nullable String newest, @Nullable String newestWhere, @Nullable String taskBadge,
		@Nullable String taskWord, @Nullable Instant taskStarted, @Nullable String taskAgo, @Nullable String taskNote) {

	public int vmid() {
		return this.source.guest().vmid();
	}

}
