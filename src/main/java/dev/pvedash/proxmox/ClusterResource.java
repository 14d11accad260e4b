package dev.pvedash.proxmox;

import org.jspecify.annotations.Nullable;

/**
 * One entry of {@code /cluster/resources} (docs/proxmox-notes.md, Reads) this dashboard
 * uses: a node, a guest or a storage.
 */
public sealed interface ClusterResource permits NodeResource, GuestResource, StorageResource {

	/** PVE's id, e.g. {@code node/pve1}, {@code qemu/100}, {@code storage/pve1/local}. */
	String id();

	@Nullable String node();

	/** PVE's status text as sent; see the implementations for the derived meaning. */
	@Nullable String status();

}
