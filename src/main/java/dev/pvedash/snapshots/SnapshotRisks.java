package dev.pvedash.snapshots;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import dev.pvedash.inventory.GuestDetail;
import dev.pvedash.inventory.Inventory;

/**
 * The snapshot warnings of every guest the inventory lists, from H2 only (for the
 * overview and the snapshot pages). Broken snapshots first, then by guest.
 */
@Service
public class SnapshotRisks {

	private final Inventory inventory;

	private final SnapshotHistory history;

	private final Clock clock;

	private final SnapshotsProperties limits;

	SnapshotRisks(Inventory inventory, SnapshotHistory history, Clock clock, SnapshotsProperties limits) {
		this.inventory = inventory;
		this.history = history;
		this.clock = clock;
		this.limits = limits;
	}

	public List<SnapshotWarning> current() {
		Map<Integer, List<StoredSnapshot>> live = this.history.allLive()
			.stream()
			.collect(Collectors.groupingBy(StoredSnapshot::vmid));
		return this.inventory.guestDetails()
			.stream()
			.flatMap(detail -> warnings(detail, live.getOrDefault(detail.guest().vmid(), List.of())).stream())
			.sorted(Comparator.comparing((SnapshotWarning w) -> !w.severe()).thenComparingInt(SnapshotWarning::vmid))
			.toList();
	}

	public List<SnapshotWarning> of(int vmid) {
		return this.inventory.guest(vmid).map(detail -> warnings(detail, this.history.live(vmid))).orElse(List.of());
	}

	private List<SnapshotWarning> warnings(GuestDetail detail, List<StoredSnapshot> live) {
		boolean passthrough = detail.pciDevices() != null && !detail.pciDevices().isEmpty();
		return SnapshotWarnings.of(detail.guest(), passthrough, live, this.clock.instant(), this.limits);
	}

}
