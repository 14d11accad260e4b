package dev.pvedash.proxmox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One point of {@code GET /nodes/{node}/qemu|lxc/{vmid}/rrddata} (docs/proxmox-notes.md,
 * Reads). A missing value stays null: a stopped guest's points carry only {@code time},
 * {@code maxcpu}, {@code maxmem}, {@code maxdisk} and {@code disk}. Memory and disk in
 * bytes; net and disk IO in bytes per second.
 *
 * @param time start of the bucket
 * @param cpu busy fraction of the guest's vCPUs
 * @param memhost host-side memory, PVE 9+
 */
public record GuestRrdPoint(Instant time, @Nullable Double cpu, @Nullable Double maxcpu, @Nullable Double mem,
		@Nullable Double maxmem, @Nullable Double memhost, @Nullable Double disk, @Nullable Double maxdisk,
		@Nullable Double netin, @Nullable Double netout, @Nullable Double diskread, @Nullable Double diskwrite) {

	static GuestRrdPoint from(JsonNode json) {
		return new GuestRrdPoint(NodeRrdPoint.time(json), PveValues.decimal(json, "cpu"),
				PveValues.decimal(json, "maxcpu"), PveValues.decimal(json, "mem"), PveValues.decimal(json, "maxmem"),
				PveValues.decimal(json, "memhost"), PveValues.decimal(json, "disk"), PveValues.decimal(json, "maxdisk"),
				PveValues.decimal(json, "netin"), PveValues.decimal(json, "netout"),
				PveValues.decimal(json, "diskread"), PveValues.decimal(json, "diskwrite"));
	}

}
