package dev.pvedash.simulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Builds config maps the way {@code qm create} / {@code pct create} leave them, so every
 * guest carries the same kind of keys (disks as property strings, MAC addresses,
 * smbios/vmgenid ids, creation meta).
 */
final class GuestConfigs {

	private GuestConfigs() {
	}

	static Map<String, Object> qemu(int vmid, String name, int cores, int memoryMiB, int diskGiB, String ostype) {
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("name", name);
		config.put("cores", cores);
		config.put("sockets", 1);
		config.put("memory", memoryMiB);
		config.put("cpu", "host");
		config.put("ostype", ostype);
		config.put("boot", "order=scsi0;net0");
		config.put("scsihw", "virtio-scsi-single");
		config.put("scsi0", "local-lvm:vm-" + vmid + "-disk-0,iothread=1,size=" + diskGiB + "G");
		config.put("net0", "virtio=" + mac(vmid) + ",bridge=vmbr0,firewall=1");
		config.put("numa", 0);
		config.put("smbios1", "uuid=" + uuid("smbios", vmid));
		config.put("vmgenid", uuid("vmgenid", vmid));
		config.put("meta", "creation-qemu=8.1.5,ctime=" + (1_712_000_000L + vmid * 3_600L));
		return config;
	}

	static Map<String, Object> lxc(int vmid, String hostname, int cores, int memoryMiB, int diskGiB) {
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("arch", "amd64");
		config.put("hostname", hostname);
		config.put("cores", cores);
		config.put("memory", memoryMiB);
		config.put("swap", 512);
		config.put("rootfs", "local-lvm:vm-" + vmid + "-disk-0,size=" + diskGiB + "G");
		config.put("net0", "name=eth0,bridge=vmbr0,firewall=1,hwaddr=" + mac(vmid) + ",ip=dhcp,type=veth");
		config.put("ostype", "debian");
		config.put("unprivileged", 1);
		config.put("features", "nesting=1");
		return config;
	}

	/** Proxmox's own OUI (BC:24:11) and three bytes derived from the vmid. */
	static String mac(int vmid) {
		int h = Integer.rotateLeft(vmid * 0x9E3779B1, 7);
		return String.format(Locale.ROOT, "BC:24:11:%02X:%02X:%02X", (h >> 16) & 0xFF, (h >> 8) & 0xFF, h & 0xFF);
	}

	static String uuid(String purpose, int vmid) {
		return UUID.nameUUIDFromBytes((purpose + vmid).getBytes(StandardCharsets.UTF_8)).toString();
	}

}
