package dev.pvedash.proxmox;

import org.jspecify.annotations.Nullable;

/**
 * The two guest kinds and the path segment PVE uses for each
 * ({@code /nodes/{node}/qemu|lxc/...}).
 */
public enum GuestType {

	QEMU("qemu"), LXC("lxc");

	private final String wire;

	GuestType(String wire) {
		this.wire = wire;
	}

	/**
	 * {@code qemu} or {@code lxc}, as in paths and in {@code /cluster/resources}
	 * {@code type}.
	 */
	public String wire() {
		return this.wire;
	}

	/**
	 * Null for anything else PVE lists as a resource type (node, storage, pool, openvz
	 * …).
	 */
	public static @Nullable GuestType fromWire(@Nullable String wire) {
		for (GuestType type : values()) {
			if (type.wire.equals(wire)) {
				return type;
			}
		}
		return null;
	}

}
