package dev.pvedash.proxmox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import dev.pvedash.proxmox.GuestConfig.Disk;
import dev.pvedash.proxmox.GuestConfig.Nic;
import dev.pvedash.proxmox.GuestConfig.PciDevice;
import dev.pvedash.proxmox.GuestConfig.Startup;

/**
 * Maps a guest config (docs/proxmox-notes.md, Reads), taking apart the property strings
 * of disks, NICs and PCI devices.
 */
final class GuestConfigMapper {

	private static final Pattern QEMU_DISK = Pattern.compile("(ide|sata|scsi|virtio)\\d+|efidisk0|tpmstate0");

	private static final Pattern LXC_DISK = Pattern.compile("rootfs|mp\\d+");

	private static final Pattern NIC = Pattern.compile("net\\d+");

	private static final Pattern PCI = Pattern.compile("hostpci\\d+");

	private static final Pattern STARTUP = Pattern.compile("(?:(order|up|down)=)?(\\d{1,9})");

	private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)");

	// every net option of qemu-server that is not "<model>=<mac>"
	private static final Set<String> QEMU_NIC_OPTIONS = Set.of("bridge", "firewall", "link_down", "macaddr", "model",
			"mtu", "queues", "rate", "tag", "trunks");

	// scsi2 before scsi10, so disks and NICs list in the order PVE's GUI shows them
	private static final Comparator<String> KEY_ORDER = Comparator.comparing(GuestConfigMapper::prefix)
		.thenComparingLong(GuestConfigMapper::number)
		.thenComparing(Comparator.naturalOrder());

	private GuestConfigMapper() {
	}

	static GuestConfig from(JsonNode data, GuestType type) {
		JsonNode json = PveValues.object(data, "guest config");
		boolean qemu = type == GuestType.QEMU;
		Map<String, String> raw = new TreeMap<>(KEY_ORDER);
		for (String key : json.propertyNames()) {
			JsonNode value = json.get(key);
			if (value != null && value.isValueNode() && !value.isNull()) {
				raw.put(key, value.asString());
			}
		}
		List<Disk> disks = new ArrayList<>();
		List<Nic> nics = new ArrayList<>();
		List<PciDevice> pciDevices = new ArrayList<>();
		raw.forEach((key, value) -> {
			if ((qemu ? QEMU_DISK : LXC_DISK).matcher(key).matches()) {
				disks.add(disk(key, value, qemu));
			}
			else if (NIC.matcher(key).matches()) {
				nics.add(qemu ? qemuNic(key, value) : lxcNic(key, value));
			}
			else if (qemu && PCI.matcher(key).matches()) {
				pciDevices.add(pci(key, value));
			}
		});
		return new GuestConfig(type, PveValues.string(json, qemu ? "name" : "hostname"),
				PveValues.string(json, "description"), PveValues.string(json, "ostype"),
				PveValues.integer(json, "cores"), PveValues.integer(json, "sockets"),
				PveValues.decimal(json, "cpulimit"), memory(PveValues.string(json, "memory")),
				PveValues.whole(json, "balloon"), PveValues.whole(json, "swap"), PveValues.string(json, "arch"),
				PveValues.flag(json, "onboot"), startup(PveValues.string(json, "startup")),
				PveValues.flag(json, "protection"), PveValues.flag(json, "template"),
				PveValues.flag(json, "unprivileged"), agent(PveValues.string(json, "agent")),
				PveValues.tags(PveValues.string(json, "tags")), PveValues.string(json, "lock"),
				PveValues.string(json, "parent"), PveValues.string(json, "digest"), List.copyOf(disks),
				List.copyOf(nics), List.copyOf(pciDevices), Collections.unmodifiableMap(raw));
	}

	/**
	 * {@code agent: 1,fstrim_cloned_disks=1} or {@code enabled=1,…}; status/current sends
	 * a plain 1.
	 */
	static boolean agent(@Nullable String text) {
		return PropertyString.flag(PropertyString.parse(text, "enabled").get("enabled"));
	}

	/**
	 * An int up to PVE 8.0, a property string ({@code 2048} or {@code current=2048}) from
	 * 8.1 (docs/proxmox-notes.md, Versions).
	 */
	static @Nullable Long memory(@Nullable String text) {
		String current = PropertyString.parse(text, "current").get("current");
		if (current == null || !current.matches("\\d{1,18}")) {
			return null;
		}
		return Long.valueOf(current);
	}

	/** {@code order=1,up=30,down=60}; PVE also accepts a bare number as the order. */
	static @Nullable Startup startup(@Nullable String text) {
		if (text == null) {
			return null;
		}
		Integer order = null;
		Integer up = null;
		Integer down = null;
		for (String part : text.split(",")) {
			if (part.isBlank()) {
				continue;
			}
			Matcher matcher = STARTUP.matcher(part.trim());
			if (!matcher.matches()) {
				return null;
			}
			Integer value = Integer.valueOf(matcher.group(2));
			String name = (matcher.group(1) != null) ? matcher.group(1) : "order";
			switch (name) {
				case "up" -> up = value;
				case "down" -> down = value;
				default -> order = value;
			}
		}
		return new Startup(order, up, down);
	}

	private static Disk disk(String key, String value, boolean qemu) {
		Map<String, String> options = PropertyString.parse(value, qemu ? "file" : "volume");
		String volume = options.get(qemu ? "file" : "volume");
		String mountPoint = key.equals("rootfs") ? "/" : options.get("mp");
		return new Disk(key, (volume != null) ? volume : "", PropertyString.bytes(options.get("size")),
				options.get("media"), qemu ? null : mountPoint, options);
	}

	private static Nic qemuNic(String key, String value) {
		Map<String, String> options = PropertyString.parse(value, "model");
		String model = options.get("model");
		String mac = options.get("macaddr");
		if (model == null) {
			for (Map.Entry<String, String> option : options.entrySet()) {
				if (!QEMU_NIC_OPTIONS.contains(option.getKey())) {
					model = option.getKey();
					mac = option.getValue();
					break;
				}
			}
		}
		return nic(key, model, mac, null, options);
	}

	private static Nic lxcNic(String key, String value) {
		Map<String, String> options = PropertyString.parse(value, "name");
		return nic(key, options.get("type"), options.get("hwaddr"), options.get("name"), options);
	}

	private static Nic nic(String key, @Nullable String model, @Nullable String mac, @Nullable String name,
			Map<String, String> options) {
		return new Nic(key, model, (mac != null && !mac.isEmpty()) ? mac : null, options.get("bridge"),
				PropertyString.integer(options.get("tag")), PropertyString.flag(options.get("firewall")),
				PropertyString.flag(options.get("link_down")), name, options);
	}

	private static PciDevice pci(String key, String value) {
		Map<String, String> options = PropertyString.parse(value, "host");
		return new PciDevice(key, options.get("host"), options.get("mapping"), PropertyString.flag(options.get("pcie")),
				PropertyString.flag(options.get("x-vga")), options);
	}

	private static String prefix(String key) {
		Matcher matcher = NUMBERED.matcher(key);
		return matcher.matches() ? matcher.group(1) : key;
	}

	private static long number(String key) {
		Matcher matcher = NUMBERED.matcher(key);
		return (matcher.matches() && matcher.group(2).length() < 18) ? Long.parseLong(matcher.group(2)) : -1;
	}

}
