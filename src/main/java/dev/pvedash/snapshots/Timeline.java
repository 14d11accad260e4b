package dev.pvedash.snapshots;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.pvedash.proxmox.GuestType;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.Inventory;
import dev.pvedash.system.Pager;

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

	private final int pageSize;

	Timeline(SnapshotHistory history, SyncStates states, Inventory inventory, Clock clock,
			SnapshotsProperties properties) {
		this.history = history;
		this.pageSize = properties.pageSize();
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
		Pager pager = Pager.of(total, query.pageNumber(), this.pageSize);
		Instant now = this.clock.instant();
		List<TimelineRow> rows = this.history
			.timeline(vmids, query.madeByFilter(), query.withDeleted(), this.pageSize, pager.offset())
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
		return new TimelinePage(rows, pager, asOf, unread, failing);
	}

	/**
	 * The guests a filter names, or null for all: a vmid as given (a gone guest keeps its
	 * history), a name part or a tag through the inventory.
	 */
	private static List<Integer> vmids(TimelineQuery query, Map<Integer, GuestView> guests) {
		Integer vmid = query.vmid();
		String name = query.nameSearch();
		if (!query.tagged() && name == null) {
			return (vmid != null) ? List.of(vmid) : null;
		}
		return guests.values()
			.stream()
			.filter(g -> !query.tagged() || (g.tags() != null && g.tags().contains(query.tag())))
			.filter(g -> name == null || (g.name() != null && g.name().toLowerCase(Locale.ROOT).contains(name)))
			.map(GuestView::vmid)
			.filter(v -> vmid == null || v.equals(vmid))
			.sorted()
			.toList();
	}

	static TimelineRow row(StoredSnapshot snapshot, GuestView guest, Instant now) {
		GuestType type = (guest != null) ? guest.type() : snapshot.guestType();
		return new TimelineRow(snapshot, (guest != null) ? guest.name() : snapshot.guestName(), guest != null,
				Math.max(0, Duration.between(snapshot.takenAt(), now).toDays()),
				(type == GuestType.LXC) ? "pct" : "qm");
	}

}
