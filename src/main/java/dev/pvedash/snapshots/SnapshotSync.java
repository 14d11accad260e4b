package dev.pvedash.snapshots;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.Inventory;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.ProxmoxConnection;
import dev.pvedash.proxmox.ProxmoxException;
import dev.pvedash.proxmox.Snapshots;

/**
 * Keeps the snapshot history in step with PVE by reading a guest's list only when it may
 * have changed (docs/snapshots.md). A run is cheap when nothing is due: it reads H2 only.
 * Pages never wait for it.
 */
@Component
class SnapshotSync {

	private static final Logger log = LoggerFactory.getLogger(SnapshotSync.class);

	private final ProxmoxClient client;

	private final ProxmoxConnection connection;

	private final Inventory inventory;

	private final SyncStates states;

	private final HistoryWriter writer;

	private final Clock clock;

	private final SnapshotsProperties properties;

	private final TaskWatch tasks = new TaskWatch();

	private Instant tasksCheckedAt;

	SnapshotSync(ProxmoxClient client, ProxmoxConnection connection, Inventory inventory, SyncStates states,
			HistoryWriter writer, Clock clock, SnapshotsProperties properties) {
		this.client = client;
		this.connection = connection;
		this.inventory = inventory;
		this.states = states;
		this.writer = writer;
		this.clock = clock;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${pvedash.snapshots.sync-delay:10s}",
			initialDelayString = "${pvedash.snapshots.sync-delay:10s}")
	void tick() {
		if (this.connection.configured()) {
			run();
		}
	}

	/**
	 * One run: note new guests and snapshot tasks, then read the lists that are due.
	 * Returns the vmids read.
	 */
	synchronized List<Integer> run() {
		Instant now = this.clock.instant();
		if (this.inventory.endpoint().failing()) {
			return List.of(); // PVE is not answering the poller either; every read would
								// only fail
		}
		List<GuestView> guests = this.inventory.guests();
		Map<Integer, GuestSyncState> known = byVmid();
		guests.stream()
			.filter(guest -> !known.containsKey(guest.vmid()))
			.forEach(guest -> this.states.register(guest, now));
		noteTasks(byVmid(), now);
		List<Integer> read = new ArrayList<>();
		for (GuestView guest : SyncPlan.due(guests, byVmid(), now, this.properties)) {
			read(guest, now);
			read.add(guest.vmid());
		}
		return read;
	}

	/**
	 * The poller stores tasks; only a new poll can bring new ones, so the list is looked
	 * at once per poll.
	 */
	private void noteTasks(Map<Integer, GuestSyncState> known, Instant now) {
		Instant polled = this.inventory.endpoint().lastGoodAt();
		if (polled == null || polled.equals(this.tasksCheckedAt)) {
			return;
		}
		this.tasksCheckedAt = polled;
		// older tasks are covered by the sweep, so the window never needs to reach
		// further back
		var recent = this.inventory.tasks(TaskWatch.TYPES, now.minus(this.properties.sweepEvery()));
		this.tasks.changed(recent, known).forEach(vmid -> this.states.markDue(vmid, now));
	}

	private void read(GuestView guest, Instant now) {
		try {
			Snapshots snapshots = this.client.snapshots(guest.node(), guest.type(), guest.vmid());
			this.writer.store(guest, snapshots, now);
		}
		catch (ProxmoxException ex) {
			// a 500 for a guest deleted a moment ago lands here too: it waits until the
			// inventory drops it
			GuestSyncState state = this.states.find(guest.vmid()).orElseThrow();
			int failures = state.failures() + 1;
			Duration wait = SyncPlan.retryDelay(failures, this.properties.retryFirst(), this.properties.retryMax());
			log.info("Reading the snapshots of guest {} failed ({} {}): {}; next try in {}", guest.vmid(), ex.kind(),
					ex.status(), ex.getMessage(), wait);
			this.states.failed(guest.vmid(), failures, ex.getMessage(), now.plus(wait));
		}
	}

	private Map<Integer, GuestSyncState> byVmid() {
		return this.states.all().stream().collect(Collectors.toMap(GuestSyncState::vmid, Function.identity()));
	}

}
