package dev.pvedash.snapshots;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import dev.pvedash.proxmox.GuestState;
import dev.pvedash.inventory.GuestDetail;
import dev.pvedash.inventory.GuestDetail.Disk;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.StorageView;
import dev.pvedash.support.FakeInventory;
import dev.pvedash.support.MutableClock;

/**
 * The simulator's reference guests as the poller would have stored them, and moving the
 * shared clock.
 */
final class ScheduleFixtures {

	private ScheduleFixtures() {
	}

	static synchronized void guest(FakeInventory inventory, int vmid, String type, String name, String lock,
			boolean template) {
		inventory.guests.removeIf(d -> d.guest().vmid() == vmid);
		GuestView view = new GuestView(vmid, FakeInventory.type(type), "pve", name, GuestState.RUNNING, null, 2, null,
				null, null, List.of("home"), lock, template, Instant.now());
		Disk disk = new Disk(type.equals("lxc") ? "rootfs" : "scsi0", "local-lvm:vm-" + vmid + "-disk-0", 8L << 30);
		inventory.guests.add(new GuestDetail(view, 2, 1, 2048L, List.of(disk), List.of(), false, null, false, List.of(),
				null, Instant.now()));
	}

	static void reference(FakeInventory inventory) {
		inventory.clear();
		guest(inventory, 101, "qemu", "homeassistant", null, false);
		guest(inventory, 102, "qemu", "docker-host", null, false);
		guest(inventory, 200, "lxc", "pihole", null, false);
		guest(inventory, 201, "lxc", "nginx-proxy", null, false);
		guest(inventory, 9000, "qemu", "debian-12-template", null, true);
		storage(inventory, 40);
	}

	static void storage(FakeInventory inventory, int percentFull) {
		inventory.storages.clear();
		inventory.storages.add(new StorageView("pve", "local-lvm", "lvmthin", Set.of("images", "rootdir"),
				(long) percentFull << 30, 100L << 30, true, false, Instant.now()));
	}

	static ScheduleForm form(String name, List<Integer> vmids, String cron, int keep, String prefix) {
		return new ScheduleForm(name, "list", vmids, "", "custom", cron, keep, prefix, false, 95);
	}

	/** The next time a cron fires after the clock's now, in the server's zone. */
	static Instant nextFire(MutableClock clock, String cron) {
		return ScheduleTimes.of(cron, ZoneId.systemDefault()).next(clock.instant());
	}

	static void moveTo(MutableClock clock, Instant at) {
		clock.advance(Duration.between(clock.instant(), at));
	}

}
