package dev.pvedash.proxmox;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import dev.pvedash.proxmox.internal.PveHttp;

/**
 * The typed Proxmox VE API for the rest of the app: blocking calls that return immutable
 * records. Node names, vmids, storage ids and snapshot names are checked against PVE's
 * formats before a request is built, so invalid input fails with
 * {@link IllegalArgumentException} and never reaches PVE. Everything PVE or the
 * connection refuses arrives as a {@link ProxmoxException}.
 */
@Component
public class ProxmoxClient {

	private final ClusterApi cluster;

	private final GuestApi guests;

	private final GuestActions actions;

	private final TaskApi tasks;

	private final AtomicReference<ClusterResources> lastResources = new AtomicReference<>();

	ProxmoxClient(PveHttp http) {
		this.cluster = new ClusterApi(http);
		this.guests = new GuestApi(http);
		this.actions = new GuestActions(http);
		this.tasks = new TaskApi(http);
	}

	PveVersion version() {
		return this.cluster.version();
	}

	ClusterStatus clusterStatus() {
		return this.cluster.clusterStatus();
	}

	/**
	 * Every node, guest and storage in one call: the cheap poll (docs/proxmox-notes.md,
	 * Reads).
	 */
	public ClusterResources clusterResources() {
		ClusterResources resources = this.cluster.resources(null);
		this.lastResources.set(resources);
		return resources;
	}

	/**
	 * The last full {@code /cluster/resources} answer received since the previous call,
	 * or null: lets the connection probe judge the token by the poller's own read instead
	 * of asking PVE again (docs/polling.md, "Request budget").
	 */
	@Nullable ClusterResources takeLastResources() {
		return this.lastResources.getAndSet(null);
	}

	/** Only one kind; the other lists of the result are empty. */
	ClusterResources clusterResources(ResourceType type) {
		if (type == null) {
			throw new IllegalArgumentException("Resource type is required");
		}
		return this.cluster.resources(type);
	}

	public List<NodeResource> nodes() {
		return this.cluster.nodes();
	}

	public NodeStatus nodeStatus(String node) {
		return this.cluster.nodeStatus(node);
	}

	/**
	 * A node's VMs or containers; without QMP data, so a paused VM shows as running
	 * (docs/proxmox-notes.md, Reads).
	 */
	public List<GuestResource> guests(String node, GuestType type) {
		return this.guests.guests(node, type);
	}

	public GuestStatus guestStatus(String node, GuestType type, int vmid) {
		return this.guests.status(node, type, vmid);
	}

	public GuestConfig guestConfig(String node, GuestType type, int vmid) {
		return this.guests.config(node, type, vmid);
	}

	public Snapshots snapshots(String node, GuestType type, int vmid) {
		return this.guests.snapshots(node, type, vmid);
	}

	public List<Storage> storages(String node) {
		return this.cluster.storages(node);
	}

	/** Backups on a storage, newest first; only those of {@code vmid} when given. */
	public List<Backup> backups(String node, String storage, @Nullable Integer vmid) {
		return this.cluster.backups(node, storage, vmid);
	}

	/** PVE's backup schedules ({@code Sys.Audit} on {@code /}). */
	public List<BackupJob> backupJobs() {
		return this.cluster.backupJobs();
	}

	/**
	 * Guests no backup job includes, by vmid ({@code Sys.Audit} on {@code /}); PVE's own
	 * answer, pools and disabled jobs counted as it counts them.
	 */
	public List<UncoveredGuest> notBackedUp() {
		return this.cluster.notBackedUp();
	}

	public List<TaskEntry> tasks(String node, TaskFilter filter) {
		return this.tasks.tasks(node, filter);
	}

	/** Asks the node that runs the task, which the UPID names. */
	public TaskStatus taskStatus(Upid upid) {
		return this.tasks.status(upid);
	}

	/** Log lines from line {@code start} (0-based offset), at most {@code limit}. */
	public List<TaskLogLine> taskLog(Upid upid, int start, int limit) {
		return this.tasks.log(upid, start, limit);
	}

	public List<NodeRrdPoint> rrd(String node, RrdTimeframe timeframe, RrdCf cf) {
		return this.cluster.rrd(node, timeframe, cf);
	}

	public List<GuestRrdPoint> rrd(String node, GuestType type, int vmid, RrdTimeframe timeframe, RrdCf cf) {
		return this.guests.rrd(node, type, vmid, timeframe, cf);
	}

	/**
	 * A storage's used and total bytes over time ({@code Datastore.Audit};
	 * docs/proxmox-notes.md, Reads).
	 */
	public List<StorageRrdPoint> storageRrd(String node, String storage, RrdTimeframe timeframe, RrdCf cf) {
		return this.cluster.storageRrd(node, storage, timeframe, cf);
	}

	/**
	 * What the configured user or token may do (docs/proxmox-notes.md, Privileges), to
	 * offer only actions that will be allowed.
	 */
	Permissions permissions() {
		return this.cluster.permissions();
	}

	public Upid start(String node, GuestType type, int vmid) {
		return this.actions.power(node, type, vmid, "start", Params.of());
	}

	/**
	 * Clean shutdown; after {@code timeoutSeconds} (PVE's default when null)
	 * {@code forceStop} powers off.
	 */
	public Upid shutdown(String node, GuestType type, int vmid, @Nullable Integer timeoutSeconds, boolean forceStop) {
		return this.actions.shutdown(node, type, vmid, timeoutSeconds, forceStop);
	}

	/** Hard power-off. */
	public Upid stop(String node, GuestType type, int vmid) {
		return this.actions.power(node, type, vmid, "stop", Params.of());
	}

	public Upid reboot(String node, GuestType type, int vmid) {
		return this.actions.power(node, type, vmid, "reboot", Params.of());
	}

	/** Hard reset; VMs only, containers have none (docs/proxmox-notes.md, Actions). */
	public Upid reset(String node, int vmid) {
		return this.actions.power(node, GuestType.QEMU, vmid, "reset", Params.of());
	}

	/**
	 * VMs pause (RAM kept) or, with {@code toDisk}, hibernate; containers freeze
	 * (experimental in PVE).
	 */
	public Upid suspend(String node, GuestType type, int vmid, boolean toDisk) {
		return this.actions.suspend(node, type, vmid, toDisk);
	}

	public Upid resume(String node, GuestType type, int vmid) {
		return this.actions.power(node, type, vmid, "resume", Params.of());
	}

	/** {@code vmstate} (include RAM) is for VMs only. */
	public Upid snapshotCreate(String node, GuestType type, int vmid, String name, @Nullable String description,
			boolean vmstate) {
		return this.actions.snapshotCreate(node, type, vmid, name, description, vmstate);
	}

	public Upid snapshotDelete(String node, GuestType type, int vmid, String name) {
		return this.actions.snapshotDelete(node, type, vmid, name);
	}

	/**
	 * {@code start}: start the guest afterwards (VM snapshots with RAM resume anyway).
	 */
	public Upid snapshotRollback(String node, GuestType type, int vmid, String name, boolean start) {
		return this.actions.snapshotRollback(node, type, vmid, name, start);
	}

	/** vzdump of one guest to {@code storage} in snapshot mode, zstd-compressed. */
	public Upid backup(String node, int vmid, String storage) {
		return this.actions.backup(node, vmid, storage, BackupMode.SNAPSHOT);
	}

	/**
	 * vzdump of one guest, zstd-compressed (PBS ignores it and compresses chunks itself).
	 */
	Upid backup(String node, int vmid, String storage, BackupMode mode) {
		return this.actions.backup(node, vmid, storage, mode);
	}

}
