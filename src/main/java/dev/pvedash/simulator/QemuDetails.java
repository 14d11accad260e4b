package dev.pvedash.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a live QMP round trip adds to a running VM's {@code status/current}
 * (docs/proxmox-notes.md, Reads): QEMU and machine version, per-NIC counters, block stats
 * and support flags as real JSON booleans, and balloon figures when the guest agent is
 * configured.
 */
final class QemuDetails {

	private final LoadModel load;

	QemuDetails(LoadModel load) {
		this.load = load;
	}

	void add(Map<String, Object> item, Guest guest, long now, ServedVersion version) {
		String qemu = version.nine() ? "10.0.2"
				: version.major() == 8 ? "8.1.5" : version.major() == 7 ? "7.2.0" : "5.2.0";
		item.put("running-qemu", qemu);
		item.put("running-machine", machine(guest, qemu));
		long netin = ((Number) item.get("netin")).longValue();
		long netout = ((Number) item.get("netout")).longValue();
		item.put("nics", Map.of("tap" + guest.vmid() + "i0", Map.of("netin", netin, "netout", netout)));
		Map<String, Object> drive = new LinkedHashMap<>();
		drive.put("rd_bytes", item.get("diskread"));
		drive.put("wr_bytes", item.get("diskwrite"));
		drive.put("rd_operations", ((Number) item.get("diskread")).longValue() / 16_384);
		drive.put("wr_operations", ((Number) item.get("diskwrite")).longValue() / 8_192);
		drive.put("failed_rd_operations", 0);
		drive.put("account_failed", true);
		drive.put("account_invalid", true);
		item.put("blockstat", Map.of("scsi0", drive));
		Map<String, Object> support = new LinkedHashMap<>();
		support.put("pbs-dirty-bitmap", true);
		support.put("pbs-dirty-bitmap-migration", true);
		support.put("query-bitmap-info", true);
		support.put("pbs-library-version", "1.4.1 (UNKNOWN)");
		item.put("proxmox-support", support);
		if (guest.config().containsKey("agent") && "running".equals(guest.qmpstatus())) {
			long max = guest.maxmem();
			long free = max - ((Number) item.get("mem")).longValue();
			item.put("balloon", max);
			item.put("freemem", free);
			Map<String, Object> balloon = new LinkedHashMap<>();
			balloon.put("actual", max);
			balloon.put("max_mem", max);
			balloon.put("total_mem", max);
			balloon.put("free_mem", free);
			balloon.put("mem_swapped_in", 0);
			balloon.put("mem_swapped_out", 0);
			balloon.put("major_page_faults", 1_204 + guest.vmid());
			balloon.put("minor_page_faults", this.load.counter(900, guest, now));
			balloon.put("last_update", now - Math.floorMod(now, 10));
			item.put("ballooninfo", balloon);
		}
	}

	private static String machine(Guest guest, String qemu) {
		String major = qemu.substring(0, qemu.lastIndexOf('.'));
		String type = String.valueOf(guest.config().getOrDefault("machine", "pc")).startsWith("pc-q35")
				|| "q35".equals(guest.config().get("machine")) ? "pc-q35-" : "pc-i440fx-";
		return type + major + "+pve0";
	}

}
