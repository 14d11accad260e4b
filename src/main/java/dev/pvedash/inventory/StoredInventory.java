package dev.pvedash.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dev.pvedash.proxmox.ProxmoxConnection;
import dev.pvedash.proxmox.TokenCheck;

/** {@link Inventory} over the stored tables; it never talks to PVE. */
@Service
class StoredInventory implements Inventory {

	private final InventoryReader reader;

	private final Poller poller;

	private final ProxmoxConnection connection;

	private final TokenCheck tokenCheck;

	StoredInventory(InventoryReader reader, Poller poller, ProxmoxConnection connection, TokenCheck tokenCheck) {
		this.reader = reader;
		this.poller = poller;
		this.connection = connection;
		this.tokenCheck = tokenCheck;
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
		return this.reader.hosts();
	}

	@Override
	public List<StorageView> storages() {
		return this.reader.storages();
	}

	@Override
	public List<GuestView> guests() {
		return this.reader.guests();
	}

	@Override
	public Optional<GuestDetail> guest(int vmid) {
		return this.reader.guest(vmid);
	}

	@Override
	public List<GuestDetail> guestDetails() {
		return this.reader.guestDetails();
	}

	@Override
	public List<TaskView> recentTasks(int vmid, int limit) {
		return this.reader.recentTasks(vmid, limit);
	}

	@Override
	public List<TaskView> tasks(Set<String> types, Instant since) {
		return this.reader.tasks(types, since);
	}

}
