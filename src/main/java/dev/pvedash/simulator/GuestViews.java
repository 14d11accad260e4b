package dev.pvedash.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A guest as each read endpoint shows it (docs/proxmox-notes.md, Reads and Versions),
 * with the per-version quirks: string vmids and pids, {@code template: ""}, LXC
 * {@code lock: ""}, {@code memhost} and {@code pressure*} in 9.x, fields omitted rather
 * than zero where PVE omits them.
 */
final class GuestViews {

	private static final String[] PRESSURES = { "pressurecpusome", "pressurecpufull", "pressureiosome",
			"pressureiofull", "pressurememorysome", "pressurememoryfull" };

	private final LoadModel load;

	private final ServedVersion version;

	private final QemuDetails details;

	GuestViews(LoadModel load, ServedVersion version) {
		this.load = load;
		this.version = version;
		this.details = new QemuDetails(load);
	}

	/**
	 * An item of {@code /cluster/resources}; {@code nodeOnline} false shows the stale
	 * "unknown" entry.
	 */
	Map<String, Object> resource(Guest guest, long now, boolean nodeOnline) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", guest.kind().segment() + "/" + guest.vmid());
		item.put("type", guest.kind().segment());
		item.put("vmid", this.version.legacyStrings() ? String.valueOf(guest.vmid()) : guest.vmid());
		item.put("name", guest.name());
		item.put("node", guest.node());
		item.put("status", nodeOnline ? guest.qmpstatus() : "unknown");
		item.put("maxcpu", guest.cpus());
		item.put("maxmem", guest.maxmem());
		item.put("maxdisk", guest.maxdisk());
		if (nodeOnline) {
			usage(item, guest, now);
		}
		if (this.version.emptyTemplateFlag()) {
			item.put("template", guest.template() ? 1 : "");
		}
		else {
			item.put("template", guest.template() ? 1 : 0);
		}
		optional(item, guest);
		return item;
	}

	/** An item of {@code /nodes/{node}/qemu} or {@code /lxc}. */
	Map<String, Object> listItem(Guest guest, long now) {
		Map<String, Object> item = new LinkedHashMap<>();
		boolean lxc = guest.kind() == GuestKind.LXC;
		item.put("vmid", vmid(guest));
		item.put("status", guest.running() ? "running" : "stopped");
		item.put("name", guest.name());
		if (lxc) {
			item.put("type", "lxc");
		}
		item.put("cpus", guest.cpus());
		item.put("maxmem", guest.maxmem());
		item.put("maxdisk", guest.maxdisk());
		usage(item, guest, now);
		if (lxc) {
			item.put("maxswap", guest.maxswap());
			item.put("swap", guest.running() ? (long) (guest.maxswap() * 0.02) : 0);
		}
		if (guest.running()) {
			item.put("pid", this.version.legacyStrings() ? String.valueOf(guest.pid()) : guest.pid());
		}
		if (lxc && this.version.legacyStrings()) {
			item.put("disk", String.valueOf(item.get("disk")));
			item.put("maxdisk", String.valueOf(guest.maxdisk()));
		}
		if (!lxc && this.version.emptyTemplateFlag()) {
			item.put("template", guest.template() ? 1 : "");
		}
		else if (guest.template()) {
			item.put("template", 1);
		}
		if (lxc && this.version.legacyStrings() && guest.lock() == null) {
			item.put("lock", "");
		}
		if (guest.config().containsKey("serial0")) {
			item.put("serial", 1);
		}
		optional(item, guest);
		nine(item, guest, now);
		return item;
	}

	/**
	 * {@code …/status/current}: the list item plus QMP state, HA and, for running VMs,
	 * QEMU details.
	 */
	Map<String, Object> status(Guest guest, long now) {
		Map<String, Object> item = listItem(guest, now);
		item.put("ha", Map.of("managed", 0));
		if (guest.kind() == GuestKind.LXC) {
			if (this.version.legacyStrings()) {
				item.put("cpus", String.valueOf(guest.cpus()));
			}
			return item;
		}
		item.put("qmpstatus", guest.qmpstatus());
		if (guest.config().containsKey("agent")) {
			item.put("agent", 1);
		}
		if (guest.running()) {
			this.details.add(item, guest, now, this.version);
		}
		return item;
	}

	/**
	 * {@code …/config}: the stored keys plus {@code digest}; QEMU memory as a string from
	 * 8.1.
	 */
	Map<String, Object> config(Guest guest, Map<String, Object> stored) {
		Map<String, Object> config = new LinkedHashMap<>(stored);
		if (guest.kind() == GuestKind.QEMU && this.version.memoryAsString() && config.containsKey("memory")) {
			config.put("memory", String.valueOf(config.get("memory")));
		}
		config.put("digest", guest.digest());
		return config;
	}

	private Object vmid(Guest guest) {
		boolean string = (guest.kind() == GuestKind.QEMU) ? this.version.legacyStrings()
				: this.version.lxcListVmidAsString();
		return string ? String.valueOf(guest.vmid()) : guest.vmid();
	}

	private void usage(Map<String, Object> item, Guest guest, long now) {
		LoadModel.Usage usage = this.load.live(guest, now);
		// Perl prints a zero as 0, not 0.0; a mixed ternary would promote the int to
		// double
		item.put("cpu", (usage.cpu() == 0) ? (Object) 0 : (Object) usage.cpu());
		item.put("mem", usage.mem());
		boolean lxc = guest.kind() == GuestKind.LXC;
		item.put("disk", (lxc && guest.running()) ? guest.profile().usedDisk() : 0);
		Profile p = guest.profile();
		item.put("netin", this.load.counter(p.netRate(), guest, now));
		item.put("netout", this.load.counter(p.netRate() * 0.6, guest, now));
		item.put("diskread", this.load.counter(p.diskRate() * 0.7, guest, now));
		item.put("diskwrite", this.load.counter(p.diskRate() * 0.3, guest, now));
		item.put("uptime", guest.uptime(now));
	}

	private static void optional(Map<String, Object> item, Guest guest) {
		if (guest.lock() != null) {
			item.put("lock", guest.lock());
		}
		if (guest.tags() != null) {
			item.put("tags", guest.tags());
		}
	}

	private void nine(Map<String, Object> item, Guest guest, long now) {
		if (!this.version.nine()) {
			return;
		}
		boolean qemu = guest.kind() == GuestKind.QEMU;
		if (qemu) {
			long mem = ((Number) item.get("mem")).longValue();
			item.put("memhost", guest.running() ? mem + LoadModel.QEMU_OVERHEAD : 0);
		}
		if (guest.running()) {
			for (int i = 0; i < PRESSURES.length; i++) {
				double value = Math.max(0, Math.round(this.load.noise(guest.vmid() + 31 + i, now / 10) * 150) / 100.0);
				item.put(PRESSURES[i], qemu ? value : String.format(java.util.Locale.ROOT, "%.2f", value));
			}
		}
	}

}
