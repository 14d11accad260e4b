package dev.pvedash.simulator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The whole simulated cluster: nodes, guests, storages with their volumes, backup jobs
 * and the task history. One monitor guards it: every API call and every task phase runs
 * in {@code synchronized (homelab)}, which keeps the model simple and is plenty fast for
 * a dashboard's polling.
 */
final class Homelab {

	/** Thin-provisioned disks are this full on average. */
	static final double THIN_FILL = 0.4;

	private static final int TASK_HISTORY = 5000;

	private final List<SimNode> nodes;

	private final Map<Integer, Guest> guests = new TreeMap<>();

	private final List<NodeStorage> storages = new ArrayList<>();

	private final List<Volume> volumes = new ArrayList<>();

	private final List<Task> tasks = new ArrayList<>();

	private final List<VzdumpJob> backupJobs = new ArrayList<>();

	private int nextPid;

	Homelab(List<SimNode> nodes, int firstPid) {
		this.nodes = List.copyOf(nodes);
		this.nextPid = firstPid;
	}

	List<SimNode> nodes() {
		return this.nodes;
	}

	@Nullable SimNode node(String name) {
		return this.nodes.stream().filter(node -> node.name().equals(name)).findFirst().orElse(null);
	}

	/**
	 * A node outside the cluster is a name PVE cannot resolve when it tries to proxy
	 * there.
	 */
	SimNode requireNode(String name) {
		SimNode node = node(name);
		if (node == null) {
			throw ApiError.failed("hostname lookup '" + name + "' failed - failed to get address info for: " + name
					+ ": Name or service not known");
		}
		return node;
	}

	/**
	 * A guest that is not on this node (or is the other kind) has no config file here:
	 * PVE's 500.
	 */
	Guest requireGuest(String node, GuestKind kind, int vmid) {
		Guest guest = guest(vmid);
		if (guest == null || !guest.node().equals(node) || guest.kind() != kind) {
			throw ApiError.failed("Configuration file '" + kind.configPath(node, vmid) + "' does not exist");
		}
		return guest;
	}

	NodeStorage requireStorage(String node, String name) {
		NodeStorage storage = storage(node, name);
		if (storage == null) {
			throw ApiError.failed("storage '" + name + "' does not exist");
		}
		return storage;
	}

	void add(Guest guest) {
		this.guests.put(guest.vmid(), guest);
	}

	Collection<Guest> guests() {
		return this.guests.values();
	}

	List<Guest> guests(String node, GuestKind kind) {
		return this.guests.values().stream().filter(g -> g.node().equals(node) && g.kind() == kind).toList();
	}

	@Nullable Guest guest(int vmid) {
		return this.guests.get(vmid);
	}

	void add(NodeStorage storage) {
		this.storages.add(storage);
	}

	List<NodeStorage> storages(String node) {
		return this.storages.stream().filter(s -> s.node().equals(node)).toList();
	}

	List<NodeStorage> storages() {
		return this.storages;
	}

	@Nullable NodeStorage storage(String node, String name) {
		return storages(node).stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
	}

	void add(Volume volume) {
		this.volumes.add(volume);
	}

	List<Volume> volumes(NodeStorage storage) {
		return this.volumes.stream()
			.filter(v -> v.node().equals(storage.node()) && v.storage().equals(storage.name()))
			.toList();
	}

	long used(NodeStorage storage) {
		long used = storage.baseUsed();
		for (Volume volume : volumes(storage)) {
			boolean thin = volume.content().equals("images") || volume.content().equals("rootdir");
			used += thin ? (long) (volume.size() * THIN_FILL) : volume.size();
		}
		return Math.min(used, storage.total());
	}

	void add(VzdumpJob job) {
		this.backupJobs.add(job);
	}

	List<VzdumpJob> backupJobs() {
		return this.backupJobs;
	}

	void add(Task task) {
		this.tasks.add(task);
		if (this.tasks.size() > TASK_HISTORY) {
			Iterator<Task> oldest = this.tasks.iterator();
			while (oldest.hasNext() && this.tasks.size() > TASK_HISTORY) {
				if (!oldest.next().running()) {
					oldest.remove();
				}
			}
		}
	}

	List<Task> tasks(String node) {
		return this.tasks.stream().filter(t -> t.upid().node().equals(node)).toList();
	}

	@Nullable Task task(TaskId upid) {
		return this.tasks.stream().filter(t -> t.upid().equals(upid)).findFirst().orElse(null);
	}

	int nextPid() {
		this.nextPid += 1 + (this.nextPid % 7);
		return this.nextPid;
	}

}
