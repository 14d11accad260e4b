package dev.pvedash.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The past of the reference homelab, written the way PVE would have recorded it:
 * boot-time starts ({@code startall}), ISO and template uploads and snapshot chains, each
 * with its archived task. Backups are {@link BackupHistory}'s.
 */
final class History {

	static final String ROOT = "root@pam";

	private static final DateTimeFormatter AUTOSNAP = DateTimeFormatter.ofPattern("yyMMddHHmmss")
		.withZone(ZoneOffset.UTC);

	private final Homelab lab;

	private final SimNode first;

	History(Homelab lab, SimNode first) {
		this.lab = lab;
		this.first = first;
	}

	void startAll(SimNode node) {
		archive(node, "startall", "", node.bootTime() + 20, node.bootTime() + 140, List.of());
	}

	void bootStart(Guest guest) {
		SimNode node = this.lab.node(guest.node());
		String startup = (String) guest.config().getOrDefault("startup", "order=9");
		int order = Integer.parseInt(startup.replaceAll("\\D", "").isEmpty() ? "9" : startup.replaceAll("\\D", ""));
		long started = node.bootTime() + 25 + Math.min(order, 9) * 12L + (guest.vmid() % 97);
		guest.start(started, this.lab.nextPid(), "running", true);
		archive(node, guest.kind().task("start"), String.valueOf(guest.vmid()), started - 2, started, List.of());
	}

	void media(SimNode node, long now) {
		long uploaded = now - 41 * 86_400L;
		String[][] files = { { "iso", "local:iso/debian-12.7.0-amd64-netinst.iso", "661651456" },
				{ "iso", "local:iso/Win11_24H2_English_x64.iso", "5819484160" },
				{ "iso", "local:iso/virtio-win-0.1.262.iso", "708038656" },
				{ "vztmpl", "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst", "126492543" } };
		for (String[] file : files) {
			String format = file[0].equals("iso") ? "iso" : "tzst";
			this.lab.add(new Volume(node.name(), "local", file[1], file[0], format, Long.parseLong(file[2]),
					uploaded += 3_911, null, null, null));
		}
	}

	/**
	 * One snapshot in a guest's past; {@code failure} set: its create died half-way
	 * (snapstate prepare).
	 */
	record Taken(String name, String description, long time, String user, @Nullable String failure) {
	}

	/**
	 * Four snapshots a week apart, the newest at 03:00 three days ago, named
	 * {@code weekly-YYYY-MM-DD}.
	 */
	static List<Taken> weekly(int vmid, long now) {
		LocalDate newest = ReferenceHomelab.day(now).minusDays(3);
		List<Taken> taken = new ArrayList<>();
		for (int week = 3; week >= 0; week--) {
			LocalDate day = newest.minusWeeks(week);
			taken.add(new Taken("weekly-" + day, "Weekly snapshot", ReferenceHomelab.at(day, 3, 0, vmid % 50), ROOT,
					null));
		}
		return taken;
	}

	/**
	 * cv4pve-autosnap's weekly label, one and eight days ago at 03:00: {@code auto} +
	 * label + {@code yyMMddHHmmss} in UTC, described {@code cv4pve-autosnap}
	 * (docs/pve-backups-and-snapshots.md).
	 */
	static List<Taken> autosnap(long now) {
		List<Taken> taken = new ArrayList<>();
		for (int days : new int[] { 8, 1 }) {
			long time = ReferenceHomelab.at(ReferenceHomelab.day(now).minusDays(days), 3, 0, 0);
			taken.add(new Taken("autoweekly" + AUTOSNAP.format(Instant.ofEpochSecond(time)), "cv4pve-autosnap", time,
					"root@pam!autosnap", null));
		}
		return taken;
	}

	/**
	 * Adds the snapshots oldest first, each the child of the one before, with the task
	 * that took it. A failed create stays in the config with {@code snapstate: prepare}
	 * but never becomes current's parent, since PVE moves {@code parent} only when a
	 * snapshot is committed.
	 */
	void snapshots(@Nullable Guest guest, List<Taken> taken) {
		if (guest == null) {
			return;
		}
		List<Taken> ordered = taken.stream().sorted(Comparator.comparingLong(Taken::time)).toList();
		String type = guest.kind().task("snapshot");
		for (Taken snapshot : ordered) {
			guest.snapshots()
				.put(snapshot.name(), new SnapshotSection(snapshot.name(), snapshot.description(), snapshot.time(),
						false, guest.parent(), copy(guest), (snapshot.failure() != null) ? "prepare" : null));
			String disk = "snap_vm-" + guest.vmid() + "-disk-0_" + snapshot.name().replace('-', '_');
			if (snapshot.failure() != null) {
				archiveFailed(this.first, type, String.valueOf(guest.vmid()), snapshot.time() - 2, snapshot.time() + 1,
						List.of(), snapshot.failure(), snapshot.user());
				continue;
			}
			List<String> lines = (guest.kind() == GuestKind.QEMU)
					? List.of("snapshotting 'drive-scsi0' (local-lvm:vm-" + guest.vmid() + "-disk-0)",
							"  Logical volume \"" + disk + "\" created.")
					: List.of();
			archive(this.first, type, String.valueOf(guest.vmid()), snapshot.time() - 3, snapshot.time() + 2, lines,
					snapshot.user());
			guest.parent(snapshot.name());
		}
	}

	static Taken manual(String name, String description, long time) {
		return new Taken(name, description, time, ROOT, null);
	}

	void archive(SimNode node, String type, String id, long started, long ended, List<String> lines, String user) {
		TaskId upid = new TaskId(node.name(), this.lab.nextPid(), node.ticksAt(started), started, type, id, user);
		this.lab.add(Task.finished(upid, ended, lines));
	}

	void archiveFailed(SimNode node, String type, String id, long started, long ended, List<String> lines, String error,
			String user) {
		TaskId upid = new TaskId(node.name(), this.lab.nextPid(), node.ticksAt(started), started, type, id, user);
		this.lab.add(Task.failed(upid, ended, lines, error));
	}

	private void archive(SimNode node, String type, String id, long started, long ended, List<String> lines) {
		archive(node, type, id, started, ended, lines, ROOT);
	}

	/** A snapshot keeps the config as it was, without the tree and lock bookkeeping. */
	static Map<String, Object> copy(Guest guest) {
		Map<String, Object> config = new LinkedHashMap<>(guest.config());
		config.remove("parent");
		config.remove("lock");
		return config;
	}

}
