package dev.pvedash.simulator;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * The backup side of the reference homelab, one protection case per guest
 * (docs/pve-backups-and-snapshots.md): 101 on PBS, newest a day old and verified; 100 on
 * PBS, newest two days old and failed verification; 102 only on {@code local}; 200 on NFS
 * twelve days ago and its latest run failed; 201 only on the unplugged USB disk; 103 and
 * the template never (103's only try failed inside a run over 102 and 103). Two jobs,
 * with the tasks that made the archives: a run over several guests is one task with an
 * empty id, and only its log says which guest failed.
 */
final class BackupHistory {

	static final String PBS = "pbs-offsite";

	static final String NFS = "nas-backup";

	static final String USB = "usb-backup";

	private static final long TB = 1L << 40;

	private static final String KEY = "f3:2a:9b:11:5c:8d:e0:47:aa:13:76:0b:c2:de:91:38:44:6f:02:b5:7c:19:ee:83:50:a6:3d:c8:12:7f:e4:09";

	private final Homelab lab;

	private final History history;

	private final SimNode node;

	private final long now;

	BackupHistory(Homelab lab, History history, SimNode node, long now) {
		this.lab = lab;
		this.history = history;
		this.node = node;
		this.now = now;
	}

	/** PBS and the NAS are other machines; the USB disk is enabled but not mounted. */
	void storages() {
		String name = this.node.name();
		this.lab.add(new NodeStorage(name, PBS, "pbs", "backup", 2 * TB, 310L << 30, false, true));
		this.lab.add(new NodeStorage(name, NFS, "nfs", "backup,iso", 4 * TB, 1_900L << 30, true, true));
		this.lab.add(new NodeStorage(name, USB, "dir", "backup", TB, 0, false, false));
	}

	void build() {
		Guest pfsense = this.lab.guest(100);
		Guest homeassistant = this.lab.guest(101);
		// the weekly PBS job last ran two days ago, so its weekday follows the clock
		long lastRun = daysAgo(2, 3, 0, 0);
		VzdumpJob offsite = new VzdumpJob("backup-5e1f0c2a-7d3b", true, ReferenceHomelab.day(lastRun).getDayOfWeek(),
				LocalTime.of(3, 0), PBS, List.of(100, 101), "keep-daily=7,keep-weekly=4", "Weekly offsite copy");
		this.lab.add(offsite);
		this.lab.add(new VzdumpJob("backup-a41c9e07-22f6", true, DayOfWeek.SATURDAY, LocalTime.of(2, 0), USB,
				List.of(201), "keep-last=3", "USB disk"));
		for (int week = 2; week >= 0; week--) {
			long start = lastRun - week * 7 * 86_400L;
			int age = week;
			job(PBS, start, List.of(guest(pfsense, v -> v.verified((age == 0) ? "failed" : "ok")),
					guest(homeassistant, v -> switch (age) {
						case 2 -> v;
						case 1 -> v.verified("ok").protect();
						default -> v.verified("ok");
					})));
		}
		single(homeassistant, PBS, daysAgo(1, 22, 14, 9), "Before Home Assistant core update",
				v -> v.verified("ok").encrypt(KEY));
		// run by hand over two guests, so one task with an empty id; 103's part failed
		// and left no archive
		job("local", daysAgo(4, 1, 30, 4), List.of(guest(this.lab.guest(102), v -> v),
				failing(this.lab.guest(103), "job failed with err -28 - No space left on device")));
		single(this.lab.guest(102), "local", daysAgo(1, 1, 30, 4), "docker-host", v -> v);
		single(this.lab.guest(200), NFS, daysAgo(12, 2, 0, 1), "pihole", v -> v);
		failedRun(this.lab.guest(200), NFS, daysAgo(1, 2, 0, 1));
		VzdumpJob usb = this.lab.backupJobs().get(1);
		job(USB, usb.lastRun(this.now), List.of(guest(this.lab.guest(201), v -> v)));
	}

	/** {@code failure}: the reason vzdump gives when this guest's part fails. */
	private record Part(@Nullable Guest guest, UnaryOperator<Volume> finish, @Nullable String failure) {
	}

	private static Part guest(@Nullable Guest guest, UnaryOperator<Volume> finish) {
		return new Part(guest, finish, null);
	}

	/**
	 * The error text is illustrative (QEMU's backup job reporting ENOSPC), not copied
	 * from a real log.
	 */
	private static Part failing(@Nullable Guest guest, String failure) {
		return new Part(guest, v -> v, failure);
	}

	/** One vzdump run over several guests, as a job runs it: one task, id empty. */
	private void job(String storageName, long start, List<Part> parts) {
		List<Part> present = parts.stream().filter(p -> p.guest() != null).toList();
		if (present.isEmpty()) {
			return;
		}
		String id = (present.size() == 1) ? String.valueOf(present.get(0).guest().vmid()) : "";
		run(storageName, start, present, id);
	}

	private void single(@Nullable Guest guest, String storageName, long start, String notes,
			UnaryOperator<Volume> finish) {
		if (guest != null) {
			run(storageName, start, List.of(new Part(guest, v -> finish.apply(withNotes(v, notes)), null)),
					String.valueOf(guest.vmid()));
		}
	}

	private void run(String storageName, long start, List<Part> parts, String id) {
		NodeStorage storage = this.lab.requireStorage(this.node.name(), storageName);
		List<String> lines = new ArrayList<>();
		lines.add(Backups.command(String.join(" ", parts.stream().map(p -> String.valueOf(p.guest().vmid())).toList()),
				storageName));
		long clock = start + 2;
		boolean errors = false;
		for (Part part : parts) {
			if (part.failure() != null) {
				lines.addAll(Backups.failedLines(part.guest(), clock, clock + 9, part.failure()));
				errors = true;
				clock += 12;
				continue;
			}
			long took = 40 + Backups.size(part.guest()) / 25_000_000L;
			Volume archive = part.finish()
				.apply(Backups.archive(part.guest(), storage, clock, clock + took, part.guest().name(), "zstd"));
			this.lab.add(archive);
			lines.addAll(Backups.guestLines(part.guest(), storage, archive, clock, clock + took));
			clock += took + 3;
		}
		if (errors) {
			lines.add("INFO: Backup job finished with errors");
			this.history.archiveFailed(this.node, "vzdump", id, start, clock, lines, "job errors", History.ROOT);
			return;
		}
		lines.add("INFO: Backup job finished successfully");
		this.history.archive(this.node, "vzdump", id, start, clock, lines, History.ROOT);
	}

	/**
	 * The NFS share went stale under vzdump. The error text is illustrative (a stale NFS
	 * handle as the kernel words it), not copied from a real log; the framing lines are
	 * vzdump's.
	 */
	private void failedRun(@Nullable Guest guest, String storageName, long start) {
		if (guest == null) {
			return;
		}
		List<String> lines = new ArrayList<>();
		lines.add(Backups.command(String.valueOf(guest.vmid()), storageName));
		lines.add("INFO: Starting Backup of VM " + guest.vmid() + " (" + guest.kind().segment() + ")");
		lines.add(Backups.guestError(guest.vmid(), "unable to create temporary directory '/mnt/pve/" + storageName
				+ "/dump/vzdump-" + guest.kind().segment() + "-" + guest.vmid() + "-tmp': Stale file handle"));
		this.history.archiveFailed(this.node, "vzdump", String.valueOf(guest.vmid()), start, start + 7, lines,
				"job errors", History.ROOT);
	}

	/**
	 * The latest {@code hh:mm:ss} at least {@code days} days before now: the age is days
	 * to days + 1.
	 */
	private long daysAgo(int days, int hour, int minute, int second) {
		long limit = this.now - days * 86_400L;
		long time = ReferenceHomelab.at(ReferenceHomelab.day(limit), hour, minute, second);
		return (time > limit) ? time - 86_400L : time;
	}

	private static Volume withNotes(Volume volume, String notes) {
		return new Volume(volume.node(), volume.storage(), volume.volid(), volume.content(), volume.format(),
				volume.size(), volume.ctime(), volume.vmid(), volume.subtype(), notes, volume.protection(),
				volume.verification(), volume.encrypted());
	}

}
