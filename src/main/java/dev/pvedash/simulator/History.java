package dev.pvedash.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The past of the reference homelab, written the way PVE would have recorded it: boot-time starts
 * ({@code startall}), ISO and template uploads, weekly snapshot chains, nightly vzdump jobs, each with its
 * archived task.
 */
final class History {

	private static final String ROOT = "root@pam";

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

	/** Four snapshots a week apart, the newest at 03:00 three days ago, named {@code weekly-YYYY-MM-DD}. */
	void weeklySnapshots(@Nullable Guest guest, long now) {
		if (guest == null) {
			return;
		}
		LocalDate newest = ReferenceHomelab.day(now).minusDays(3);
		String parent = null;
		for (int week = 3; week >= 0; week--) {
			LocalDate day = newest.minusWeeks(week);
			long time = ReferenceHomelab.at(day, 3, 0, guest.vmid() % 50);
			String name = "weekly-" + day;
			guest.snapshots().put(name, new Snapshot(name, "Weekly snapshot", time, false, parent, copy(guest), null));
			archive(this.first, "qmsnapshot", String.valueOf(guest.vmid()), time - 3, time + 2,
					List.of("snapshotting 'drive-scsi0' (local-lvm:vm-" + guest.vmid() + "-disk-0)",
							"  Logical volume \"snap_vm-" + guest.vmid() + "-disk-0_" + name.replace('-', '_')
									+ "\" created."));
			parent = name;
		}
		guest.parent(parent);
	}

	void manualSnapshot(@Nullable Guest guest, long now) {
		if (guest == null) {
			return;
		}
		long time = ReferenceHomelab.at(ReferenceHomelab.day(now).minusDays(12), 19, 42, 7);
		guest.snapshots()
			.put("before-v6-upgrade", new Snapshot("before-v6-upgrade", "Before Pi-hole v6 upgrade", time, false, null,
					copy(guest), null));
		guest.parent("before-v6-upgrade");
		archive(this.first, "vzsnapshot", String.valueOf(guest.vmid()), time - 2, time + 1, List.of());
	}

	/**
	 * One job at 02:00 on each of three days a week apart, the newest finished at least nine (and under ten)
	 * days ago, backing up the given guests.
	 */
	void nightlyBackups(long now, @Nullable Guest... guests) {
		List<Guest> included = java.util.Arrays.stream(guests).filter(g -> g != null).toList();
		if (included.isEmpty()) {
			return;
		}
		String vmids = String.join(" ", included.stream().map(g -> String.valueOf(g.vmid())).toList());
		LocalDate newest = ReferenceHomelab.day(now).minusDays(9);
		if (ReferenceHomelab.at(newest, 2, 15, 0) > now - 9 * 86_400L) {
			newest = newest.minusDays(1);
		}
		for (int weeksBack = 2; weeksBack >= 0; weeksBack--) {
			long jobStart = ReferenceHomelab.at(newest.minusWeeks(weeksBack), 2, 0, 0);
			long clock = jobStart + 2;
			List<String> lines = new ArrayList<>();
			lines.add(Backups.command(vmids, "local"));
			for (Guest guest : included) {
				long took = 40 + Backups.size(guest) / 25_000_000L;
				Volume archive = Backups.archive(guest, "local", clock, clock + took, guest.name());
				this.lab.add(archive);
				lines.addAll(Backups.guestLines(guest, archive, clock, clock + took));
				clock += took + 3;
			}
			lines.add("INFO: Backup job finished successfully");
			archive(this.first, "vzdump", "", jobStart, clock, lines);
		}
	}

	private void archive(SimNode node, String type, String id, long started, long ended, List<String> lines) {
		Upid upid = new Upid(node.name(), this.lab.nextPid(), node.ticksAt(started), started, type, id, ROOT);
		this.lab.add(Task.finished(upid, ended, lines));
	}

	/** A snapshot keeps the config as it was, without the tree and lock bookkeeping. */
	static Map<String, Object> copy(Guest guest) {
		Map<String, Object> config = new LinkedHashMap<>(guest.config());
		config.remove("parent");
		config.remove("lock");
		return config;
	}

}
