package dev.pvedash.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.event.EventListener;

import dev.pvedash.inventory.EndpointState;
import dev.pvedash.inventory.GuestDetail;
import dev.pvedash.inventory.GuestTaskEnded;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.HostView;
import dev.pvedash.inventory.Inventory;
import dev.pvedash.inventory.PageViewed;
import dev.pvedash.inventory.StorageView;
import dev.pvedash.inventory.TaskView;
import dev.pvedash.proxmox.GuestState;
import dev.pvedash.proxmox.GuestType;

/**
 * A hand-filled Inventory for page tests; starts empty and never read, as on a fresh
 * start.
 */
public class FakeInventory implements Inventory {

	public EndpointState endpoint = new EndpointState(false, null, null, Duration.ofSeconds(10), null, null, List.of());

	public final List<HostView> hosts = new ArrayList<>();

	public final List<StorageView> storages = new ArrayList<>();

	public final List<GuestDetail> guests = new ArrayList<>();

	public final List<TaskView> tasks = new ArrayList<>();

	public final AtomicInteger pageViews = new AtomicInteger();

	public final List<Integer> refreshed = new ArrayList<>();

	/**
	 * A guest type as PVE writes it ({@code qemu}, {@code lxc}), for tests that read
	 * better in PVE's words.
	 */
	public static GuestType type(String word) {
		return GuestType.fromWire(word);
	}

	/**
	 * A guest state as PVE writes it ({@code running}, {@code stopped} …); null stays
	 * unknown.
	 */
	public static GuestState state(String word) {
		return (word == null) ? GuestState.UNKNOWN
				: GuestState.valueOf(word.replace('-', '_').toUpperCase(Locale.ROOT));
	}

	public void clear() {
		this.endpoint = new EndpointState(false, null, null, Duration.ofSeconds(10), null, null, List.of());
		this.hosts.clear();
		this.storages.clear();
		this.guests.clear();
		this.tasks.clear();
	}

	public void readAt(Instant at) {
		this.endpoint = new EndpointState(true, at, at, Duration.ofSeconds(10), null, null, List.of());
	}

	/**
	 * The last cycle failed with this {@code ProxmoxException.Kind} name, after an
	 * earlier good read.
	 */
	public void failing(String kind, String message) {
		Instant at = Instant.now();
		this.endpoint = new EndpointState(false, at.minusSeconds(30), at, Duration.ofSeconds(10), kind, message,
				List.of());
	}

	@Override
	public EndpointState endpoint() {
		return this.endpoint;
	}

	@Override
	public List<HostView> hosts() {
		return List.copyOf(this.hosts);
	}

	@Override
	public List<StorageView> storages() {
		return List.copyOf(this.storages);
	}

	@Override
	public List<GuestView> guests() {
		return this.guests.stream().map(GuestDetail::guest).toList();
	}

	@Override
	public Optional<GuestDetail> guest(int vmid) {
		return this.guests.stream().filter(d -> d.guest().vmid() == vmid).findFirst();
	}

	@Override
	public List<GuestDetail> guestDetails() {
		return List.copyOf(this.guests);
	}

	@Override
	public List<TaskView> recentTasks(int vmid, int limit) {
		return this.tasks.stream().filter(t -> t.vmid() != null && t.vmid() == vmid).limit(limit).toList();
	}

	@Override
	public List<TaskView> tasks(Set<String> types, Instant since) {
		return this.tasks.stream()
			.filter(t -> types.contains(t.type()) && !t.started().isBefore(since))
			.sorted(java.util.Comparator.comparing(TaskView::started))
			.toList();
	}

	/**
	 * Stands in for the inventory's listener: counts the page views the controllers
	 * publish.
	 */
	@EventListener(PageViewed.class)
	public void pageViewed() {
		this.pageViews.incrementAndGet();
	}

	/**
	 * Stands in for the inventory's listener: the guests it would re-read after their
	 * task ended.
	 */
	@EventListener
	public void refreshGuest(GuestTaskEnded ended) {
		if (ended.taskRan()) {
			this.refreshed.add(ended.vmid());
		}
	}

}
