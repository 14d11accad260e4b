package dev.pvedash.simulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * vzdump's naming and log wording, shared by the archived backups of the reference homelab and the
 * backups the simulator makes on request, so both look alike in storage content and task logs.
 */
final class Backups {

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy_MM_dd-HH_mm_ss")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private Backups() {
	}

	static Volume archive(Guest guest, String storage, long started, long finished, @Nullable String notes) {
		boolean qemu = guest.kind() == GuestKind.QEMU;
		String format = qemu ? "vma.zst" : "tar.zst";
		String file = "vzdump-" + guest.kind().segment() + "-" + guest.vmid() + "-"
				+ FILE_TIME.format(Instant.ofEpochSecond(started)) + "." + format;
		return new Volume(guest.node(), storage, storage + ":backup/" + file, "backup", format, size(guest), finished,
				guest.vmid(), guest.kind().segment(), notes);
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

	static List<String> guestLines(Guest guest, Volume archive, long started, long finished) {
		List<String> lines = new ArrayList<>();
		String noun = guest.kind().noun();
		lines.add("INFO: Starting Backup of VM " + guest.vmid() + " (" + guest.kind().segment() + ")");
		lines.add("INFO: Backup started at " + LOG_TIME.format(Instant.ofEpochSecond(started)));
		lines.add("INFO: status = " + (guest.running() ? "running" : "stopped"));
		lines.add("INFO: " + noun + " Name: " + guest.name());
		lines.add("INFO: backup mode: snapshot");
		lines.add("INFO: creating vzdump archive '/var/lib/vz/dump/" + archive.volid().substring(archive.volid().indexOf('/') + 1) + "'");
		lines.add(String.format(Locale.ROOT, "INFO: archive file size: %.2fGB", archive.size() / 1e9));
		long took = Math.max(0, finished - started);
		lines.add(String.format(Locale.ROOT, "INFO: Finished Backup of VM %d (%02d:%02d:%02d)", guest.vmid(),
				took / 3600, took / 60 % 60, took % 60));
		lines.add("INFO: Backup finished at " + LOG_TIME.format(Instant.ofEpochSecond(finished)));
		return lines;
	}

}
