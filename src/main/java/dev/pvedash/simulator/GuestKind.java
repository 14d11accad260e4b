package dev.pvedash.simulator;

/**
 * QEMU VM or LXC container: the path segment, the config directory PVE names in its "does
 * not exist" error, the worker-type prefix ({@code qmstart} / {@code vzstart}) and how
 * messages name the guest.
 */
enum GuestKind {

	QEMU("qemu", "qemu-server", "qm", "VM"), LXC("lxc", "lxc", "vz", "CT");

	private final String segment;

	private final String configDir;

	private final String taskPrefix;

	private final String noun;

	GuestKind(String segment, String configDir, String taskPrefix, String noun) {
		this.segment = segment;
		this.configDir = configDir;
		this.taskPrefix = taskPrefix;
		this.noun = noun;
	}

	String segment() {
		return this.segment;
	}

	String task(String action) {
		return this.taskPrefix + action;
	}

	/** "VM" or "CT", as in "CT 200 not running" and "CT is locked (backup)". */
	String noun() {
		return this.noun;
	}

	String configPath(String node, int vmid) {
		return "nodes/" + node + "/" + this.configDir + "/" + vmid + ".conf";
	}

}
