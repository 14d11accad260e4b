package dev.pvedash.proxmox;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A backup archive on a storage, {@code GET
 * /nodes/{node}/storage/{storage}/content?content=backup}
 * (docs/pve-backups-and-snapshots.md).
 *
 * @param volid e.g. {@code local:backup/vzdump-qemu-100-2024_05_01-02_00_03.vma.zst} or a
 * PBS volume id
 * @param ctime creation time
 * @param size bytes
 * @param vmid the guest it belongs to
 * @param notes the backup's notes, null when none
 * @param protection protected backups survive pruning and cannot be deleted
 * @param format e.g. {@code vma.zst}, {@code tar.zst}, {@code pbs-vm}, {@code pbs-ct}
 * @param subtype which kind of guest the archive restores to, if PVE says
 * @param verification PBS only: the last verify's state, {@code ok} or {@code failed};
 * null when never verified
 * @param encrypted PBS only: the archive is encrypted on the client side
 */
public record Backup(String volid, @Nullable Instant ctime, @Nullable Long size, @Nullable Integer vmid,
		@Nullable String notes, boolean protection, @Nullable String format, @Nullable GuestType subtype,
		@Nullable String verification, boolean encrypted) {

	static Backup from(JsonNode json) {
		return new Backup(PveValues.requiredString(json, "volid"), PveValues.epoch(json, "ctime"),
				PveValues.whole(json, "size"), PveValues.integer(json, "vmid"), PveValues.string(json, "notes"),
				PveValues.flag(json, "protected"), PveValues.string(json, "format"),
				GuestType.fromWire(PveValues.string(json, "subtype")), verification(json), encrypted(json));
	}

	/** A verify that found damaged chunks: the archive may not restore. */
	public boolean verificationFailed() {
		return "failed".equals(this.verification);
	}

	// PBS sends an object {state, upid}; anything else there is a changed API, not
	// "unverified"
	private static @Nullable String verification(JsonNode json) {
		JsonNode verification = json.get("verification");
		if (verification == null || verification.isNull()) {
			return null;
		}
		String state = PveValues.string(PveValues.object(verification, "verification"), "state");
		return (state != null) ? state.toLowerCase(Locale.ROOT) : null;
	}

	// the key's fingerprint, or 1 when PVE knows only that it is encrypted
	private static boolean encrypted(JsonNode json) {
		String value = PveValues.string(json, "encrypted");
		return value != null && !value.equals("0") && !value.equalsIgnoreCase("false");
	}

}
