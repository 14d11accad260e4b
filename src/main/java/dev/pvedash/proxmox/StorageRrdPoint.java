package dev.pvedash.proxmox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One point of {@code GET /nodes/{node}/storage/{storage}/rrddata}
 * (docs/proxmox-notes.md, Reads): bytes used and the size. A value PVE did not have
 * (storage offline) is omitted, so null here.
 *
 * @param time start of the bucket
 */
public record StorageRrdPoint(Instant time, @Nullable Double used, @Nullable Double total) {

	static StorageRrdPoint from(JsonNode json) {
		return new StorageRrdPoint(NodeRrdPoint.time(json), PveValues.decimal(json, "used"),
				PveValues.decimal(json, "total"));
	}

}
