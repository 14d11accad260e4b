package dev.pvedash.simulator;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the starting state: nodes {@code pve}, {@code pve2} … booted about 23 days ago,
 * {@code local} and {@code local-lvm} on each, the backup storages on the first, the
 * reference guests (plus generated ones), weekly snapshot chains on 101 and 102 (102's
 * interleaved with cv4pve-autosnap's), a manual snapshot on 200, a manual and a half-made
 * one on 103, the backups and jobs of {@link BackupHistory} and the task history that
 * made them. All times are relative to the clock's now.
 */
final class ReferenceHomelab {

	private static final Pattern DISK = Pattern.compile("^(local-lvm:[^,]+),.*size=(\\d+)([MGT])");

	private static final long LVM_TOTAL = 374_538_616_832L;

	private ReferenceHomelab() {
	}

	static Homelab build(int nodeCount, int guestCount, long seed, long now) {
		List<SimNode> nodes = new ArrayList<>();
		for (int i = 0; i < nodeCount; i++) {
			String name = (i == 0) ? "pve" : "pve" + (i + 1);
			long boot = now - 23 * 86_400L - 15_437 - i * 3_600L;
			nodes.add(new SimNode(name, (nodeCount == 1) ? 0 : i + 1, "192.168.1." + (10 + i), boot));
		}
		Homelab lab = new Homelab(nodes, 0x1F00 + (int) Math.floorMod(seed, 0x800));
		History history = new History(lab, nodes.get(0));
		for (SimNode node : nodes) {
			lab.add(new NodeStorage(node.name(), "local", "dir", "iso,vztmpl,backup", SimNode.ROOT_TOTAL,
					SimNode.ROOT_BASE_USED));
			lab.add(new NodeStorage(node.name(), "local-lvm", "lvmthin", "images,rootdir", LVM_TOTAL, 0));
			if (node == nodes.get(0)) {
				new BackupHistory(lab, history, node, now).storages();
			}
			history.startAll(node);
		}
		List<Guest> guests = new ArrayList<>(ReferenceGuests.create(nodes.get(0).name(), guestCount));
		guests.addAll(GeneratedGuests.create(nodes, Math.max(0, guestCount - 7), seed));
		for (Guest guest : guests) {
			lab.add(guest);
			addDisks(lab, guest, nodes.get(0).bootTime() - 200 * 86_400L);
			if (ReferenceGuests.runsAtBoot(guest)) {
				history.bootStart(guest);
			}
		}
		history.media(nodes.get(0), now);
		history.snapshots(lab.guest(101), History.weekly(101, now));
		List<History.Taken> docker = new ArrayList<>(History.weekly(102, now));
		docker.addAll(History.autosnap(now));
		history.snapshots(lab.guest(102), docker);
		history.snapshots(lab.guest(200), List.of(History.manual("before-v6-upgrade", "Before Pi-hole v6 upgrade",
				at(day(now).minusDays(12), 19, 42, 7))));
		history.snapshots(lab.guest(103), win11(now));
		new BackupHistory(lab, history, nodes.get(0), now).build();
		return lab;
	}

	/**
	 * A manual snapshot and a newer one whose create died in the storage layer, left in
	 * the config with {@code snapstate: prepare}. PVE would also leave
	 * {@code lock: snapshot}; here the owner has since run {@code qm unlock 103} (the
	 * usual first step), because a stale lock would make the lab VM unstartable and the
	 * demo's RAM over-commit case (ReferenceGuests) needs it to start. The live simulator
	 * does leave the lock (see SnapshotTasks). The LVM text is illustrative, not copied
	 * from a log.
	 */
	private static List<History.Taken> win11(long now) {
		String failed = "lvcreate 'pve/snap_vm-103-disk-0_before-kb-update' error:   Cannot create new thin volume,"
				+ " free space in thin pool pve/data reached threshold.";
		return List.of(
				History.manual("clean-install", "Fresh Windows 11 24H2, drivers installed",
						at(day(now).minusDays(30), 19, 5, 41)),
				new History.Taken("before-kb-update", "Before cumulative update", at(day(now).minusDays(6), 20, 41, 17),
						History.ROOT, failed));
	}

	/**
	 * Every {@code local-lvm:…,size=…} entry of the config becomes an images/rootdir
	 * volume.
	 */
	private static void addDisks(Homelab lab, Guest guest, long created) {
		for (Map.Entry<String, Object> entry : new LinkedHashMap<>(guest.config()).entrySet()) {
			Matcher disk = DISK.matcher(entry.getValue().toString());
			if (!disk.find() || entry.getValue().toString().contains("cloudinit")) {
				continue;
			}
			long size = Long.parseLong(disk.group(2)) << switch (disk.group(3)) {
				case "M" -> 20;
				case "G" -> 30;
				default -> 40;
			};
			String content = (guest.kind() == GuestKind.LXC) ? "rootdir" : "images";
			lab.add(new Volume(guest.node(), "local-lvm", disk.group(1), content, "raw", size, created + guest.vmid(),
					guest.vmid(), null, null));
		}
	}

	static LocalDate day(long epochSecond) {
		return LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400L));
	}

	static long at(LocalDate day, int hour, int minute, int second) {
		return day.atTime(hour, minute, second).toEpochSecond(ZoneOffset.UTC);
	}

}
