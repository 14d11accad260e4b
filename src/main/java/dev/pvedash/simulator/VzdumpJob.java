package dev.pvedash.simulator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A job of {@code /etc/pve/jobs.cfg} (docs/pve-backups-and-snapshots.md): weekly on one
 * day at a time of day, which is all the reference homelab needs of systemd calendar
 * events. Times are UTC, the simulated host's zone.
 */
record VzdumpJob(String id, boolean enabled, DayOfWeek day, LocalTime time, String storage, List<Integer> vmids,
		String pruneBackups, @Nullable String comment) {

	/** {@code sun 03:00}, as the GUI writes it. */
	String schedule() {
		return this.day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toLowerCase(Locale.ROOT) + " " + this.time;
	}

	/** The first run strictly after {@code now}, epoch seconds. */
	long nextRun(long now) {
		LocalDate day = ReferenceHomelab.day(now);
		while (true) {
			long run = ReferenceHomelab.at(day, this.time.getHour(), this.time.getMinute(), 0);
			if (day.getDayOfWeek() == this.day && run > now) {
				return run;
			}
			day = day.plusDays(1);
		}
	}

	/** The latest run at or before {@code now}. */
	long lastRun(long now) {
		return nextRun(now) - 7 * 86_400L;
	}

	/**
	 * PVE counts every job here, disabled ones included (pve-manager
	 * PVE/API2/BackupInfo.pm).
	 */
	boolean includes(int vmid) {
		return this.vmids.contains(vmid);
	}

}
