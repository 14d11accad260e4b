package dev.pvedash.proxmox;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A guest that no backup job includes, {@code GET /cluster/backup-info/not-backed-up}
 * (docs/pve-backups-and-snapshots.md). PVE counts disabled jobs and resolves pools, so
 * this is the job configuration's answer, not a statement about existing archives.
 */
public record UncoveredGuest(int vmid, @Nullable String name, @Nullable GuestType type) {

	static UncoveredGuest from(JsonNode json) {
		return new UncoveredGuest(PveValues.requiredInt(json, "vmid"), PveValues.string(json, "name"),
				GuestType.fromWire(PveValues.string(json, "type")));
	}

}
