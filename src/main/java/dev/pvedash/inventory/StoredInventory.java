package dev.pvedash.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import dev.pvedash.proxmox.ProxmoxConnection;
import dev.pvedash.proxmox.TokenCheck;

/**
 * {@link Inventory} over the stored tables; it never talks to PVE. Hosts, storages and
 * guests are mapped once per committed write ({@link InventoryVersion}) and shared by
 * every page until the next one, instead of once per request.
 */
@Service
class StoredInventory implements Inventory {

	private final InventoryReader reader;

	private final Poller poller;

	private final ProxmoxConnection connection;

	private final TokenCheck tokenCheck;

	private final InventoryVersion version;

	private volatile Mapped mapped = new Mapped(-1, List.of(), List.of(), List.of());

	StoredInventory(InventoryReader reader, Poller poller, ProxmoxConnection connection, TokenCheck tokenCheck,
			InventoryVersion version) {
		this.reader = reader;
		this.poller = poller;
		this.connection = connection;
		this.tokenCheck = tokenCheck;
		this.version = version;
	}

	/**
	 * The token self-test runs in the proxmox module's probe; its findings travel with
	 * the stored state.
	 */
	@Override
	public EndpointState endpoint() {
		return this.reader.endpoint(this.connection.demo(), this.tokenCheck.findings(), this.poller.staleAfter(),
				this.poller.refreshing());
	}

	@Override
	public List<HostView> hosts() {
		return mapped().hosts();
	}

	@Override
	public List<StorageView> storages() {
		return mapped().storages();
	}

	@Override
	public List<GuestView> guests() {
		return mapped().guests();
	}

	@Override
	public Optional<GuestDetail> guest(int vmid) {
		return Optional.ofNullable(mapped().byVmid().get(vmid));
	}

	@Override
	public List<GuestDetail> guestDetails() {
		return mapped().details();
	}

	@Override
	public List<TaskView> recentTasks(int vmid, int limit) {
		return this.reader.recentTasks(vmid, limit);
	}

	@Override
	public List<TaskView> tasks(Set<String> types, Instant since) {
		return this.reader.tasks(types, since);
	}

	/**
	 * The rows as of the last committed write. The version is read before the rows: a
	 * write that commits in between moves it again, so the next call maps afresh.
	 */
	private Mapped mapped() {
		Mapped current = this.mapped;
		long now = this.version.current();
		if (current.version() == now) {
			return current;
		}
		synchronized (this) { // one mapping per write, not one per waiting request
			current = this.mapped;
			if (current.version() != now) {
				current = new Mapped(now, this.reader.hosts(), this.reader.storages(), this.reader.guestDetails());
				this.mapped = current;
			}
			return current;
		}
	}

	private record Mapped(long version, List<HostView> hosts, List<StorageView> storages, List<GuestDetail> details,
			List<GuestView> guests, Map<Integer, GuestDetail> byVmid) {

		Mapped(long version, List<HostView> hosts, List<StorageView> storages, List<GuestDetail> details) {
			this(version, List.copyOf(hosts), List.copyOf(storages), List.copyOf(details),
					details.stream().map(GuestDetail::guest).toList(),
					details.stream().collect(Collectors.toUnmodifiableMap(d -> d.guest().vmid(), Function.identity())));
		}

	}

}
