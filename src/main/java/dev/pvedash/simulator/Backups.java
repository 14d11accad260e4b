package dev.pvedash.simulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * vzdump's naming and log wording, shared by the archived backups of the reference
 * homelab and the backups the simulator makes on request, so both look alike in storage
 * content and task logs.
 */
final class Backups {

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy_MM_dd-HH_mm_ss")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private Backups() {
	}

	private static final DateTimeFormatter PBS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	/**
	 * The archive a vzdump run leaves: on PBS a snapshot
	 * {@code backup/vm/101/2026-11-29T03:00:02Z} of format {@code pbs-vm}/{@code pbs-ct}
	 * (PBS compresses its chunks itself), elsewhere a file whose suffix follows
	 * {@code compress} ({@code zstd}: {@code .vma.zst}; none: {@code .vma}).
	 */
	static Volume archive(Guest guest, NodeStorage storage, long started, long finished, @Nullable String notes,
			@Nullable String compress) {
		boolean qemu = guest.kind() == GuestKind.QEMU;
		if (storage.pbs()) {
			String volid = storage.name() + ":backup/" + (qemu ? "vm" : "ct") + "/" + guest.vmid() + "/"
					+ PBS_TIME.format(Instant.ofEpochSecond(started));
			return new Volume(guest.node(), storage.name(), volid, "backup", qemu ? "pbs-vm" : "pbs-ct", size(guest),
					started, guest.vmid(), guest.kind().segment(), notes);
		}
		String format = (qemu ? "vma" : "tar") + suffix(compress);
		String file = "vzdump-" + guest.kind().segment() + "-" + guest.vmid() + "-"
				+ FILE_TIME.format(Instant.ofEpochSecond(started)) + "." + format;
		return new Volume(guest.node(), storage.name(), storage.name() + ":backup/" + file, "backup", format,
				size(guest), finished, guest.vmid(), guest.kind().segment(), notes);
	}

	/** vzdump's {@code compress}: 0 (default), 1 (lzo), gzip, lzo, zstd. */
	static String suffix(@Nullable String compress) {
		if (compress == null) {
			return "";
		}
		return switch (Call.oneOf("compress", compress, "0", "1", "gzip", "lzo", "zstd")) {
			case "1", "lzo" -> ".lzo";
			case "gzip" -> ".gz";
			case "zstd" -> ".zst";
			default -> "";
		};
	}

	/**
	 * Where vzdump writes on the host: {@code local} is /var/lib/vz, others are mounted
	 * under /mnt/pve.
	 */
	static String target(NodeStorage storage, Volume archive) {
		String file = archive.volid().substring(archive.volid().indexOf(":backup/") + ":backup/".length());
		if (storage.pbs()) {
			return "Proxmox Backup Server archive '" + file + "'";
		}
		String dir = storage.name().equals("local") ? "/var/lib/vz/dump/" : "/mnt/pve/" + storage.name() + "/dump/";
		return "vzdump archive '" + dir + file + "'";
	}

	/** Compressed size: a share of the used disk, stable per guest. */
	static long size(Guest guest) {
		long used = (guest.kind() == GuestKind.QEMU) ? (long) (guest.maxdisk() * Homelab.THIN_FILL)
				: guest.profile().usedDisk();
		return (long) (used * 0.38) + guest.vmid() * 7919L;
	}

	static String command(String vmids, String storage) {
		return "INFO: starting new backup job: vzdump " + vmids + " --mode snapshot --compress zstd --storage "
				+ storage + " --notes-template '{{guestname}}'";
	}

	/**
	 * The failed part of a job, as vzdump logs it; the job then ends with "job errors".
	 */
	static String guestError(int vmid, String message) {
		return "ERROR: Backup of VM " + vmid + " failed - " + message;
	}

	/**
	 * A guest whose part of the run failed after it started; vzdump then logs when, and
	 * goes on.
	 */
	static List<String> failedLines(Guest guest, long started, long failed, String message) {
		List<String> lines = new ArrayList<>();
		lines.add("INFO: Starting Backup of VM " + guest.vmid() + " (" + guest.kind().segment() + ")");
		lines.add("INFO: Backup started at " + LOG_TIME.format(Instant.ofEpochSecond(started)));
		lines.add("INFO: status = " + (guest.running() ? "running" : "stopped"));
		lines.add("INFO: " + guest.kind().noun() + " Name: " + guest.name());
		lines.add("INFO: backup mode: snapshot");
		lines.add(guestError(guest.vmid(), message));
		lines.add("INFO: Failed at " + LOG_TIME.format(Instant.ofEpochSecond(failed)));
		return lines;
	}

	static List<String> guestLines(Guest guest, NodeStorage storage, Volume archive, long started, long finished) {
		List<String> lines = new ArrayList<>();
		String noun = guest.kind().noun();
		lines.add("INFO: Starting Backup of VM " + guest.vmid() + " (" + guest.kind().segment() + ")");
		lines.add("INFO: Backup started at " + LOG_TIME.format(Instant.ofEpochSecond(started)));
		lines.add("INFO: status = " + (guest.running() ? "running" : "stopped"));
		lines.add("INFO: " + noun + " Name: " + guest.name());
		lines.add("INFO: backup mode: snapshot");
		lines.add("INFO: creating " + target(storage, archive));
		lines.add(String.format(Locale.ROOT, "INFO: archive file size: %.2fGB", archive.size() / 1e9));
		long took = Math.max(0, finished - started);
		lines.add(String.format(Locale.ROOT, "INFO: Finished Backup of VM %d (%02d:%02d:%02d)", guest.vmid(),
				took / 3600, took / 60 % 60, took % 60));
		lines.add("INFO: Backup finished at " + LOG_TIME.format(Instant.ofEpochSecond(finished)));
		return lines;
	}

}
