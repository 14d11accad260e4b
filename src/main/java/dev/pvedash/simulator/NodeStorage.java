package dev.pvedash.simulator;

/**
 * A storage as one node sees it. {@code baseUsed} is what lies there besides the volumes
 * the simulator lists (the OS on the root fs under {@code local}). {@code shared}: the
 * same storage on every node (NFS); {@code active} false: enabled but unreachable, like
 * an unplugged USB disk (docs/pve-backups-and-snapshots.md).
 */
record NodeStorage(String node, String name, String type, String content, long total, long baseUsed, boolean shared,
		boolean active) {

	NodeStorage(String node, String name, String type, String content, long total, long baseUsed) {
		this(node, name, type, content, total, baseUsed, false, true);
	}

	boolean holds(String contentType) {
		return ("," + this.content + ",").contains("," + contentType + ",");
	}

	boolean pbs() {
		return this.type.equals("pbs");
	}

	/** PVE's answer when something needs the storage while it is inactive. */
	ApiError offline() {
		return ApiError.failed("storage '" + this.name + "' is not online");
	}

}
