package dev.pvedash.proxmox;

/**
 * The {@code type} filter of {@code /cluster/resources} (docs/proxmox-notes.md, Reads)
 * for the resources this client maps.
 */
enum ResourceType {

	/** QEMU VMs and LXC containers. */
	VM("vm"), NODE("node"), STORAGE("storage");

	private final String wire;

	ResourceType(String wire) {
		this.wire = wire;
	}

	String wire() {
		return this.wire;
	}

}
