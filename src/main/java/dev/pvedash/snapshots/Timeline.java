package dev.pvedash.snapshots;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.pvedash.proxmox.GuestType;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.Inventory;

/**
 * Builds the timeline page from H2: filters go to SQL, tags are resolved to vmids through
 * the inventory.
 */
@Component
class Timeline {

	private final SnapshotHistory history;

	private final SyncStates states;

	private final Inventory inventory;

	private final Clock clock;

	Timeline(SnapshotHistory history, SyncStates states, Inventory inventory, Clock clock) {
		this.history = history;
		this.states = states;
		this.inventory = inventory;
		this.clock = clock;
	}

	TimelinePage page(TimelineQuery query) {
		Map<Integer, GuestView> guests = this.inventory.guests()
			.stream()
			.collect(Collectors.toMap(GuestView::vmid, Function.identity()));
		List<Integer> vmids = vmids(query, guests);
		int total = this.history.count(vmids, query.madeByFilter(), query.withDeleted());
		int pages = Math.max(1, (total + TimelineQuery.PAGE_SIZE - 1) / TimelineQuery.PAGE_SIZE);
		int page = Math.min(query.pageNumber(), pages);
		Instant now = this.clock.instant();
		List<TimelineRow> rows = this.history
			.timeline(vmids, query.madeByFilter(), query.withDeleted(), TimelineQuery.PAGE_SIZE,
					(page - 1) * TimelineQuery.PAGE_SIZE)
			.stream()
			.map(s -> row(s, guests.get(s.vmid()), now))
			.toList();
		List<GuestSyncState> all = this.states.all();
		Instant asOf = all.stream()
			.map(GuestSyncState::readAt)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		long unread = all.stream().filter(s -> s.neverRead() && guests.containsKey(s.vmid())).count();
		long failing = all.stream().filter(s -> s.lastError() != null && guests.containsKey(s.vmid())).count();
		return new TimelinePage(rows, total, page, pages, asOf, unread, failing);
	}

	private static List<Integer> vmids(TimelineQuery query, Map<Integer, GuestView> guests) {
		Integer vmid = query.vmid();
		if (!query.tagged()) {
			return (vmid != null) ? List.of(vmid) : null;
		}
		return guests.values()
			.stream()
			.filter(g -> g.tags() != null && g.tags().contains(query.tag()))
			.map(GuestView::vmid)
			.filter(v -> vmid == null || v.equals(vmid))
			.toList();
	}

	static TimelineRow row(StoredSnapshot snapshot, GuestView guest, Instant now) {
		GuestType type = (guest != null) ? guest.type() : snapshot.guestType();
		return new TimelineRow(snapshot, (guest != null) ? guest.name() : snapshot.guestName(), guest != null,
				Math.max(0, Duration.between(snapshot.takenAt(), now).toDays()),
				(type == GuestType.LXC) ? "pct" : "qm");
	}

}
