package dev.pvedash.snapshots;

import java.util.List;
import java.util.regex.Pattern;

import dev.pvedash.proxmox.Snapshot;

/**
 * Which snapshots a schedule deletes after a good run (docs/snapshot-schedules.md,
 * "Retention"). Only names that are exactly the schedule's prefix followed by the
 * runner's UTC timestamp count as the schedule's own: a manual snapshot, a
 * cv4pve-autosnap one or another schedule's (whose longer prefix makes the rest no
 * timestamp) is never touched, nor is one PVE marks with a snapstate (half made or half
 * deleted).
 */
final class ScheduleRetention {

	/**
	 * The part the runner appends to the prefix: {@code yyyyMMdd-HHmmss} in UTC, so names
	 * sort by time.
	 */
	static final Pattern STAMP = Pattern.compile("\\d{8}-\\d{6}");

	/**
	 * cv4pve-autosnap's names: {@code auto} + label + {@code yyMMddHHmmss}
	 * (docs/pve-backups-and-snapshots.md, cv4pve-autosnap).
	 */
	private static final Pattern CV4PVE = Pattern.compile("auto[A-Za-z0-9_-]*\\d{12}");

	private ScheduleRetention() {
	}

	/** The schedule's own snapshots beyond the newest {@code keep}, oldest first. */
	static List<String> toDelete(List<Snapshot> snapshots, String prefix, int keep) {
		List<String> own = snapshots.stream().filter(s -> owned(s, prefix)).map(Snapshot::name).sorted().toList();
		return own.subList(0, Math.max(0, own.size() - Math.max(keep, 0)));
	}

	static boolean owned(Snapshot snapshot, String prefix) {
		String name = snapshot.name();
		return name.startsWith(prefix) && STAMP.matcher(name.substring(prefix.length())).matches()
				&& snapshot.snapstate() == null && !cv4pve(snapshot);
	}

	static boolean cv4pve(Snapshot snapshot) {
		return CV4PVE.matcher(snapshot.name()).matches() || "cv4pve-autosnap".equals(snapshot.description());
	}

}
