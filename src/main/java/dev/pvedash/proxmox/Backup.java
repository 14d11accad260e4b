package dev.pvedash.proxmox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A backup archive on a storage, {@code GET /nodes/{node}/storage/{storage}/content?content=backup}.
 *
 * @param volid e.g. {@code local:backup/vzdump-qemu-100-2024_05_01-02_00_03.vma.zst} or a PBS volume id
 * @param ctime creation time
 * @param size bytes
 * @param vmid the guest it belongs to
 * @param notes the backup's notes, null when none
 * @param protection protected backups survive pruning and cannot be deleted
 * @param format e.g. {@code vma.zst}, {@code tar.zst}, {@code pbs-vm}, {@code pbs-ct}
 * @param subtype which kind of guest the archive restores to, if PVE says
 */
public record Backup(String volid, @Nullable Instant ctime, @Nullable Long size, @Nullable Integer vmid,
		@Nullable String notes, boolean protection, @Nullable String format, @Nullable GuestType subtype) {

	static Backup from(JsonNode json) {
		return new Backup(PveValues.requiredString(json, "volid"), PveValues.epoch(json, "ctime"),
				PveValues.whole(json, "size"), PveValues.integer(json, "vmid"), PveValues.string(json, "notes"),
				PveValues.flag(json, "protected"), PveValues.string(json, "format"),
				GuestType.fromWire(PveValues.string(json, "subtype")));
	}

}
