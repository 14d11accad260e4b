package dev.pvedash.snapshots;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.pvedash.inventory.GuestView;

/**
 * The snapshot warnings of one guest from its live snapshots (docs/snapshots.md,
 * "Warnings"). LATE only for guests that have snapshots at all: a guest never snapshotted
 * is the backups page's business, not a late weekly snapshot. Templates are not expected
 * to be snapshotted, so they are never LATE.
 */
final class SnapshotWarnings {

	private SnapshotWarnings() {
	}

	static List<SnapshotWarning> of(GuestView guest, boolean passthrough, List<StoredSnapshot> live, Instant now,
			SnapshotsProperties limits) {
		List<SnapshotWarning> warnings = new ArrayList<>();
		List<StoredSnapshot> snapshots = live.stream().filter(s -> !s.deleted()).toList();
		if (snapshots.isEmpty()) {
			return warnings;
		}
		StoredSnapshot newest = snapshots.stream().max(Comparator.comparing(StoredSnapshot::takenAt)).orElseThrow();
		StoredSnapshot oldest = snapshots.stream().min(Comparator.comparing(StoredSnapshot::takenAt)).orElseThrow();
		if (!guest.template() && age(newest, now).compareTo(limits.lateAfter()) > 0) {
			warnings.add(warning(guest, "LATE", "snapshots.warning.late", newest.name(), days(newest, now),
					limits.lateAfter().toDays()));
		}
		if (snapshots.size() > limits.maxSnapshots() || age(oldest, now).compareTo(limits.maxAge()) > 0) {
			warnings.add(warning(guest, "LONG_CHAIN", "snapshots.warning.long-chain", snapshots.size(),
					days(oldest, now), limits.maxSnapshots(), limits.maxAge().toDays()));
		}
		List<String> withRam = snapshots.stream().filter(StoredSnapshot::vmstate).map(StoredSnapshot::name).toList();
		if (passthrough && !withRam.isEmpty()) {
			warnings.add(
					warning(guest, "RAM_PASSTHROUGH", "snapshots.warning.ram-passthrough", String.join(", ", withRam)));
		}
		snapshots.stream()
			.filter(StoredSnapshot::broken)
			.forEach(s -> warnings.add(warning(guest, "BROKEN", "snapshots.warning.broken", s.name(), s.snapstate(),
					guest.vmid(), guest.container() ? "pct" : "qm")));
		return warnings;
	}

	private static SnapshotWarning warning(GuestView guest, String kind, String key, Object... args) {
		List<Object> all = new ArrayList<>();
		all.add(guest.name());
		all.addAll(List.of(args));
		return new SnapshotWarning(guest.vmid(), guest.name(), kind, key, all);
	}

	private static Duration age(StoredSnapshot snapshot, Instant now) {
		return Duration.between(snapshot.takenAt(), now);
	}

	private static long days(StoredSnapshot snapshot, Instant now) {
		return Math.max(0, age(snapshot, now).toDays());
	}

}
