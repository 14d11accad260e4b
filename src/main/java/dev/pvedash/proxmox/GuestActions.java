package dev.pvedash.proxmox;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import dev.pvedash.proxmox.internal.PveHttp;

/**
 * Lifecycle, snapshot and backup actions (docs/proxmox-notes.md, Actions;
 * docs/pve-backups-and-snapshots.md). Each returns the UPID of the task PVE started; that
 * the HTTP call succeeded says nothing about the task's outcome (docs/proxmox-notes.md,
 * Errors). Parameters PVE would reject for the guest type are refused here, before
 * anything is sent.
 */
final class GuestActions {

	private final PveHttp http;

	GuestActions(PveHttp http) {
		this.http = http;
	}

	Upid power(String node, GuestType type, int vmid, String action, Params form) {
		return upid(this.http.post(Paths.guest(node, type, vmid) + "/status/" + action, form.map()));
	}

	Upid shutdown(String node, GuestType type, int vmid, @Nullable Integer timeoutSeconds, boolean forceStop) {
		if (timeoutSeconds != null && timeoutSeconds < 0) {
			throw new IllegalArgumentException("Shutdown timeout must not be negative");
		}
		return power(node, type, vmid, "shutdown",
				Params.of().put("timeout", timeoutSeconds).flag("forceStop", forceStop));
	}

	Upid suspend(String node, GuestType type, int vmid, boolean toDisk) {
		if (toDisk && type == GuestType.LXC) {
			throw new IllegalArgumentException("Containers cannot be suspended to disk");
		}
		return power(node, type, vmid, "suspend", Params.of().flag("todisk", toDisk));
	}

	Upid snapshotCreate(String node, GuestType type, int vmid, String name, @Nullable String description,
			boolean vmstate) {
		if (vmstate && type == GuestType.LXC) {
			throw new IllegalArgumentException("Container snapshots cannot include RAM (vmstate)");
		}
		String path = Paths.guest(node, type, vmid) + "/snapshot";
		Params form = Params.of()
			.put("snapname", Paths.snapshotName(name))
			.put("description", (description != null && !description.isBlank()) ? description : null)
			.flag("vmstate", vmstate);
		return upid(this.http.post(path, form.map()));
	}

	Upid snapshotDelete(String node, GuestType type, int vmid, String name) {
		return upid(this.http.delete(Paths.snapshot(Paths.guest(node, type, vmid), name), Params.of().map()));
	}

	/**
	 * {@code start} is sent only when asked for, since PVE releases before it existed
	 * reject the parameter.
	 */
	Upid snapshotRollback(String node, GuestType type, int vmid, String name, boolean start) {
		String path = Paths.snapshot(Paths.guest(node, type, vmid), name) + "/rollback";
		return upid(this.http.post(path, Params.of().flag("start", start).map()));
	}

	/**
	 * Always zstd, as PVE's own GUI sends it: without {@code compress} vzdump writes
	 * uncompressed archives.
	 */
	Upid backup(String node, int vmid, String storage, BackupMode mode) {
		if (mode == null) {
			throw new IllegalArgumentException("Backup mode is required");
		}
		Params form = Params.of()
			.put("vmid", Paths.vmid(vmid))
			.put("storage", Paths.storageId(storage))
			.put("mode", mode.wire())
			.put("compress", "zstd");
		return upid(this.http.post(Paths.node(node) + "/vzdump", form.map()));
	}

	private static Upid upid(JsonNode data) {
		if (data == null || !data.isString()) {
			throw PveValues.protocol("expected a task id (UPID) but got " + data);
		}
		try {
			return Upid.parse(data.stringValue());
		}
		catch (IllegalArgumentException ex) {
			throw PveValues.protocol(ex.getMessage());
		}
	}

}
