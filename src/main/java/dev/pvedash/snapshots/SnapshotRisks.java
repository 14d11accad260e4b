package dev.pvedash.snapshots;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import dev.pvedash.inventory.GuestDetail;
import dev.pvedash.inventory.Inventory;

/**
 * The snapshot warnings of every guest the inventory lists, from H2 only (for the
 * overview and the snapshot pages). Broken snapshots first, then by guest.
 * <p>
 * The live snapshots are read once per committed write of the history
 * ({@link SnapshotsVersion}) and shared by every page until the next one
 * (docs/polling.md, "Reading what was stored"). The warnings also depend on the clock (a
 * snapshot's age against the limits, and the days in their sentences), so they are judged
 * per call from that shared map: a pure rule over the few guests that have snapshots.
 */
@Service
public class SnapshotRisks {

	private final Inventory inventory;

	private final SnapshotHistory history;

	private final Clock clock;

	private final SnapshotsProperties limits;

	private final SnapshotsVersion version;

	/** How many times the history was read, for tests. */
	private final AtomicLong loads = new AtomicLong();

	private volatile Live live = new Live(-1, Map.of());

	SnapshotRisks(Inventory inventory, SnapshotHistory history, Clock clock, SnapshotsProperties limits,
			SnapshotsVersion version) {
		this.inventory = inventory;
		this.history = history;
		this.clock = clock;
		this.limits = limits;
		this.version = version;
	}

	public List<SnapshotWarning> current() {
		Map<Integer, List<StoredSnapshot>> live = live();
		Instant now = this.clock.instant();
		return this.inventory.guestDetails()
			.stream()
			.filter(detail -> live.containsKey(detail.guest().vmid())) // no snapshot, no
																		// warning
			.flatMap(detail -> warnings(detail, live.get(detail.guest().vmid()), now).stream())
			.sorted(Comparator.comparing((SnapshotWarning w) -> !w.severe()).thenComparingInt(SnapshotWarning::vmid))
			.toList();
	}

	public List<SnapshotWarning> of(int vmid) {
		return this.inventory.guest(vmid)
			.map(detail -> warnings(detail, live().getOrDefault(vmid, List.of()), this.clock.instant()))
			.orElse(List.of());
	}

	long loads() {
		return this.loads.get();
	}

	private List<SnapshotWarning> warnings(GuestDetail detail, List<StoredSnapshot> live, Instant now) {
		boolean passthrough = detail.pciDevices() != null && !detail.pciDevices().isEmpty();
		return SnapshotWarnings.of(detail.guest(), passthrough, live, now, this.limits);
	}

	/**
	 * Live snapshots by guest, newest first, as of the last committed write. The version
	 * is taken before the rows are read: a write that commits in between moves it again,
	 * so the next call reads afresh.
	 */
	private Map<Integer, List<StoredSnapshot>> live() {
		Live current = this.live;
		long now = this.version.current();
		if (current.version() == now) {
			return current.byVmid();
		}
		synchronized (this) { // one read per write, not one per waiting request
			current = this.live;
			if (current.version() != now) {
				this.loads.incrementAndGet();
				Map<Integer, List<StoredSnapshot>> byVmid = this.history.allLive()
					.stream()
					.collect(Collectors.groupingBy(StoredSnapshot::vmid,
							Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
				current = new Live(now, Map.copyOf(byVmid));
				this.live = current;
			}
			return current.byVmid();
		}
	}

	private record Live(long version, Map<Integer, List<StoredSnapshot>> byVmid) {
	}

}
