package dev.pvedash.proxmox;

import java.util.regex.Pattern;

import dev.pvedash.proxmox.internal.FormEncoding;

/**
 * Builds API paths only from validated ids, with PVE's own formats (pve-common
 * JSONSchema; docs/proxmox-notes.md, Ids), so a node name like {@code ../etc} or a
 * snapshot name PVE would refuse never leaves the app.
 */
final class Paths {

	private static final Pattern NODE = Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?");

	private static final Pattern STORAGE = Pattern.compile("[a-zA-Z][a-zA-Z0-9._-]*[a-zA-Z0-9]");

	// pve-configid is [a-z][a-z0-9_-]+ (case-insensitive), so at least two characters
	private static final Pattern SNAPSHOT = Pattern.compile("[a-zA-Z][a-zA-Z0-9_-]{1,39}");

	static final int MIN_VMID = 100;

	static final int MAX_VMID = 999_999_999;

	private Paths() {
	}

	static String node(String node) {
		return "/nodes/" + nodeName(node);
	}

	static String nodeName(String node) {
		if (node == null || !NODE.matcher(node).matches()) {
			throw new IllegalArgumentException(
					"Invalid node name " + quoted(node) + ": letters, digits and inner hyphens only");
		}
		return node;
	}

	static String guest(String node, GuestType type, int vmid) {
		if (type == null) {
			throw new IllegalArgumentException("Guest type is required");
		}
		return node(node) + "/" + type.wire() + "/" + vmid(vmid);
	}

	static int vmid(int vmid) {
		if (vmid < MIN_VMID || vmid > MAX_VMID) {
			throw new IllegalArgumentException("Invalid VM ID " + vmid + ": must be 100 to 999999999");
		}
		return vmid;
	}

	static String storage(String node, String storage) {
		return node(node) + "/storage/" + storageId(storage);
	}

	static String storageId(String storage) {
		if (storage == null || !STORAGE.matcher(storage).matches()) {
			throw new IllegalArgumentException("Invalid storage ID " + quoted(storage)
					+ ": a letter first, then letters, digits, '.', '_' or '-'");
		}
		return storage;
	}

	static String snapshot(String guestPath, String name) {
		return guestPath + "/snapshot/" + snapshotName(name);
	}

	/**
	 * PVE's rule (docs/proxmox-notes.md, Ids) plus its two reserved names:
	 * {@code current} is the list's "you are here" entry.
	 */
	static String snapshotName(String name) {
		if (name == null || !SNAPSHOT.matcher(name).matches()) {
			throw new IllegalArgumentException("Invalid snapshot name " + quoted(name)
					+ ": 2 to 40 characters, a letter first, then letters, digits, '_' or '-'");
		}
		if (name.equals("current") || name.equals("vzdump")) {
			throw new IllegalArgumentException("Snapshot name '" + name + "' is reserved by Proxmox VE");
		}
		return name;
	}

	/**
	 * Status and log live on the node that runs the task, which the UPID names
	 * (docs/proxmox-notes.md, Tasks and UPIDs).
	 */
	static String task(Upid upid) {
		return node(upid.node()) + "/tasks/" + FormEncoding.percent(upid.toString());
	}

	private static String quoted(String value) {
		if (value == null) {
			return "(none)";
		}
		return "'" + (value.length() > 60 ? value.substring(0, 60) + "…" : value) + "'";
	}

}
