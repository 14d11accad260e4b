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
 * Builds the starting state: nodes {@code pve}, {@code pve2} … booted about 23 days ago, {@code local} and
 * {@code local-lvm} on each, the reference guests (plus generated ones), weekly snapshot chains on 101 and
 * 102, a manual snapshot on 200, vzdump archives of 101 and 200 (newest nine days old) and the task history
 * that made them.
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
			lab.add(new Storage(node.name(), "local", "dir", "iso,vztmpl,backup", SimNode.ROOT_TOTAL,
					SimNode.ROOT_BASE_USED));
			lab.add(new Storage(node.name(), "local-lvm", "lvmthin", "images,rootdir", LVM_TOTAL, 0));
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
		history.weeklySnapshots(lab.guest(101), now);
		history.weeklySnapshots(lab.guest(102), now);
		history.manualSnapshot(lab.guest(200), now);
		history.nightlyBackups(now, lab.guest(101), lab.guest(200));
		return lab;
	}

	/** Every {@code local-lvm:…,size=…} entry of the config becomes an images/rootdir volume. */
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
