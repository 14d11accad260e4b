package dev.pvedash.support;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.pvedash.inventory.GuestDetail;
import dev.pvedash.inventory.GuestDetail.Disk;
import dev.pvedash.inventory.GuestDetail.Nic;
import dev.pvedash.inventory.GuestDetail.PciDevice;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.HostView;
import dev.pvedash.inventory.StorageView;
import dev.pvedash.proxmox.GuestState;
import dev.pvedash.proxmox.GuestType;

/** Object Mother: the reference homelab as the poller would have stored it. */
public final class Homelabs {

	public static final long GIB = 1024L * 1024 * 1024;

	private Homelabs() {
	}

	public static void fill(FakeInventory inventory, Instant at) {
		inventory.clear();
		inventory.readAt(at);
		inventory.hosts.add(new HostView("pve", true, 0.23, "Intel(R) N95", 1, 4, 4, 9 * GIB, 16 * GIB, GIB / 2,
				8 * GIB, 20 * GIB, 94 * GIB, List.of(0.42, 0.38, 0.30), 1_054_800L,
				"pve-manager/8.2.4/faa83925c9641325", "6.8.12-1-pve", at));
		inventory.storages.add(new StorageView("pve", "local", "dir", Set.of("iso", "vztmpl", "backup"), 40 * GIB,
				94 * GIB, true, false, at));
		inventory.storages.add(new StorageView("pve", "local-lvm", "lvmthin", Set.of("images", "rootdir"), 86 * GIB,
				100 * GIB, true, false, at));
		guest(inventory, vm(100, "pfsense", "running", 0.05, 2, GIB, 2 * GIB, List.of("critical", "network"), at), true,
				1, List.of(new PciDevice("hostpci0", "0000:01:00.0"), new PciDevice("hostpci1", "0000:02:00.0")));
		guest(inventory, vm(101, "homeassistant", "running", 0.12, 2, 3 * GIB, 4 * GIB, List.of(), at), true, 2,
				List.of());
		guest(inventory, vm(102, "docker-host", "running", 0.31, 2, 5 * GIB, 6 * GIB, List.of(), at), true, 3,
				List.of());
		guest(inventory, vm(103, "win11-lab", "stopped", null, 4, null, 8 * GIB, List.of(), at), false, null,
				List.of());
		guest(inventory, new GuestView(200, GuestType.LXC, "pve", "pihole", GuestState.RUNNING, 0.01, 1, 200L << 20,
				512L << 20, 86_400L, List.of(), null, false, at), true, 4, List.of());
		guest(inventory, new GuestView(201, GuestType.LXC, "pve", "nginx-proxy", GuestState.RUNNING, 0.02, 1,
				300L << 20, GIB, 86_400L, List.of(), null, false, at), true, 5, List.of());
		guest(inventory, new GuestView(9000, GuestType.QEMU, "pve", "debian-12-template", GuestState.STOPPED, null, 2,
				null, 2 * GIB, null, List.of(), null, true, at), false, null, List.of());
	}

	static GuestView vm(int vmid, String name, String status, Double cpu, int cpus, Long mem, long maxmem,
			List<String> tags, Instant at) {
		GuestState state = FakeInventory.state(status);
		return new GuestView(vmid, GuestType.QEMU, "pve", name, state, cpu, cpus, mem, maxmem,
				(state == GuestState.RUNNING) ? 86_400L * 3 : null, tags, null, false, at);
	}

	private static void guest(FakeInventory inventory, GuestView view, boolean onboot, Integer order,
			List<PciDevice> pci) {
		inventory.guests.add(new GuestDetail(view, view.cpus(), 1, view.maxmem() >> 20,
				List.of(new Disk("scsi0", "local-lvm:vm-" + view.vmid() + "-disk-0", 32 * GIB)),
				List.of(new Nic("net0", "virtio", "vmbr0")), onboot, order, false, pci, null, view.asOf()));
	}

}
