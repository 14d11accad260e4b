package dev.pvedash.snapshots;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.pvedash.inventory.GuestDetail.Disk;
import dev.pvedash.inventory.StorageView;

/**
 * Is a guest's disk storage too full for another snapshot? A snapshot grows inside the
 * guest's own storage and a thin pool that fills up stops every guest on it, so the
 * runner skips a guest whose storage is above the schedule's limit. Storage ids are the
 * prefix of the disks' volume ids ({@code local-lvm:vm-101-disk-0}); ISO images (a
 * CD-ROM) are not snapshotted and do not count.
 */
final class ScheduleStorageCheck {

	/** The fullest storage above the limit. */
	record Full(String storage, int percent) {
	}

	private ScheduleStorageCheck() {
	}

	static Set<String> storageIds(List<Disk> disks) {
		Set<String> ids = new LinkedHashSet<>();
		for (Disk disk : (disks != null) ? disks : List.<Disk>of()) {
			String volume = (disk.volume() != null) ? disk.volume().strip() : "";
			int separator = volume.indexOf(':');
			if (separator > 0 && !volume.startsWith("iso/", separator + 1)) {
				ids.add(volume.substring(0, separator));
			}
		}
		return ids;
	}

	static Optional<Full> overLimit(String node, List<Disk> disks, List<StorageView> storages, int limitPercent) {
		Set<String> ids = storageIds(disks);
		return storages.stream()
			.filter(s -> s.node().equals(node) && ids.contains(s.storage()))
			.filter(s -> s.used() != null && s.total() != null && s.total() > 0)
			.filter(s -> 100.0 * s.used() / s.total() > limitPercent)
			.max(Comparator.comparingDouble(s -> (double) s.used() / s.total()))
			.map(s -> new Full(s.storage(), (int) Math.ceil(100.0 * s.used() / s.total())));
	}

}
