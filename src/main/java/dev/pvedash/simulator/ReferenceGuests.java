package dev.pvedash.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The seven guests of the reference homelab that demo mode shows: pfSense with two
 * passed-through NICs, Home Assistant, a Docker host, a Windows 11 lab VM that
 * over-commits RAM when started, Pi-hole, an nginx proxy and a Debian cloud-init
 * template. All live on the first node; the running ones have been up since boot.
 */
final class ReferenceGuests {

	private ReferenceGuests() {
	}

	/** In creation order; {@code count} below seven keeps only the first ones. */
	static List<Guest> create(String node, int count) {
		List<Guest> all = new ArrayList<>();
		all.add(pfsense(node));
		all.add(qemu(node, 101, "homeassistant", 2, 4096, 32, "home", 2,
				new Profile(0.06, 0.62, 60_000, 40_000, 0, 8)));
		all.add(qemu(node, 102, "docker-host", 2, 6144, 128, "docker", 3,
				new Profile(0.18, 0.71, 420_000, 350_000, 0, 10)));
		all.add(win11(node));
		all.add(lxc(node, 200, "pihole", 1, 512, "network;dns",
				new Profile(0.02, 0.35, 25_000, 8_000, 1_932_735_283L, 3)));
		all.add(lxc(node, 201, "nginx-proxy", 1, 1024, "network;web",
				new Profile(0.01, 0.18, 150_000, 4_000, 1_288_490_189L, 3)));
		all.add(template(node));
		return all.subList(0, Math.min(count, all.size()));
	}

	/**
	 * Whether a reference guest runs after boot (the Windows lab and the template do
	 * not).
	 */
	static boolean runsAtBoot(Guest guest) {
		return Integer.valueOf(1).equals(guest.config().get("onboot"));
	}

	private static Guest pfsense(String node) {
		Map<String, Object> config = GuestConfigs.qemu(100, "pfsense", 2, 2048, 32, "other");
		config.put("machine", "q35");
		config.put("hostpci0", "0000:02:00.0,pcie=1");
		config.put("hostpci1", "0000:03:00.0,pcie=1");
		config.put("boot", "order=scsi0");
		config.put("onboot", 1);
		config.put("startup", "order=1");
		config.put("tags", "critical;network");
		config.put("description", "Firewall and router. WAN and LAN are the two passed-through i226-V ports.");
		return new Guest(100, GuestKind.QEMU, node, new Profile(0.05, 0.55, 180_000, 20_000, 0, 6), 32L << 30, config);
	}

	private static Guest qemu(String node, int vmid, String name, int cores, int memory, int disk, String tags,
			int order, Profile profile) {
		Map<String, Object> config = GuestConfigs.qemu(vmid, name, cores, memory, disk, "l26");
		config.put("agent", (vmid == 102) ? "1,fstrim_cloned_disks=1" : "1");
		config.put("onboot", 1);
		config.put("startup", "order=" + order);
		config.put("tags", tags);
		return new Guest(vmid, GuestKind.QEMU, node, profile, (long) disk << 30, config);
	}

	private static Guest win11(String node) {
		Map<String, Object> config = GuestConfigs.qemu(103, "win11-lab", 4, 8192, 80, "win11");
		config.put("bios", "ovmf");
		config.put("machine", "pc-q35-8.1");
		config.put("efidisk0", "local-lvm:vm-103-disk-1,efitype=4m,pre-enrolled-keys=1,size=4M");
		config.put("tpmstate0", "local-lvm:vm-103-disk-2,size=4M,version=v2.0");
		config.put("agent", "1");
		config.put("onboot", 0);
		config.put("tags", "lab");
		return new Guest(103, GuestKind.QEMU, node, new Profile(0.12, 0.8, 90_000, 600_000, 0, 25), 80L << 30, config);
	}

	private static Guest lxc(String node, int vmid, String hostname, int cores, int memory, String tags,
			Profile profile) {
		Map<String, Object> config = GuestConfigs.lxc(vmid, hostname, cores, memory, 8);
		config.put("onboot", 1);
		config.put("tags", tags);
		return new Guest(vmid, GuestKind.LXC, node, profile, 8L << 30, config);
	}

	private static Guest template(String node) {
		Map<String, Object> config = GuestConfigs.qemu(9000, "debian-12-template", 2, 2048, 4, "l26");
		config.put("scsi0", "local-lvm:base-9000-disk-0,iothread=1,size=4G");
		config.put("ide2", "local-lvm:vm-9000-cloudinit,media=cdrom");
		config.put("serial0", "socket");
		config.put("vga", "serial0");
		config.put("agent", "1");
		config.put("template", 1);
		return new Guest(9000, GuestKind.QEMU, node, new Profile(0.03, 0.3, 10_000, 10_000, 0, 5), 4L << 30, config);
	}

}
