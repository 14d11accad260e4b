package dev.pvedash.proxmox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One snapshot of {@code GET …/snapshot} (docs/pve-backups-and-snapshots.md, Snapshots).
 *
 * @param description null when none (PVE sends {@code ""})
 * @param snaptime null when PVE does not know it (it sends 0)
 * @param parent the previous snapshot; null for the first
 * @param vmstate RAM included (VMs only; always false for containers)
 * @param snapstate {@code prepare} or {@code delete} while an operation runs or after one
 * failed half-way
 */
public record Snapshot(String name, @Nullable String description, @Nullable Instant snaptime, @Nullable String parent,
		boolean vmstate, @Nullable String snapstate) {

	static Snapshot from(JsonNode json) {
		return new Snapshot(PveValues.requiredString(json, "name"), PveValues.string(json, "description"),
				PveValues.epoch(json, "snaptime"), PveValues.string(json, "parent"), PveValues.flag(json, "vmstate"),
				PveValues.string(json, "snapstate"));
	}

	/**
	 * A snapshot with an operation pending or failed half-way; PVE keeps the guest locked
	 * meanwhile.
	 */
	public boolean incomplete() {
		return this.snapstate != null;
	}

}
