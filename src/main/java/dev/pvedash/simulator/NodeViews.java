package dev.pvedash.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A node as {@code /nodes}, {@code /cluster/resources} and {@code /nodes/{node}/status}
 * show it (docs/proxmox-notes.md, Reads). An unreachable node (fault) is offline, without
 * usage fields.
 */
final class NodeViews {

	private static final String FLAGS = "fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 "
			+ "clflush dts acpi mmx fxsr sse sse2 ss ht tm pbe syscall nx pdpe1gb rdtscp lm constant_tsc art "
			+ "arch_perfmon pebs bts rep_good nopl xtopology nonstop_tsc cpuid aperfmperf tsc_known_freq pni "
			+ "pclmulqdq dtes64 monitor ds_cpl vmx est tm2 ssse3 sdbg fma cx16 xtpr pdcm sse4_1 sse4_2 x2apic movbe "
			+ "popcnt tsc_deadline_timer aes xsave avx f16c rdrand lahf_lm abm 3dnowprefetch cpuid_fault epb ssbd ibrs "
			+ "ibpb stibp ibrs_enhanced tpr_shadow flexpriority ept vpid ept_ad fsgsbase tsc_adjust bmi1 avx2 smep bmi2 "
			+ "erms invpcid rdseed adx smap clflushopt clwb intel_pt sha_ni xsaveopt xsavec xgetbv1 xsaves "
			+ "split_lock_detect avx_vnni dtherm ida arat pln pts hwp hwp_notify hwp_act_window hwp_epp hwp_pkg_req "
			+ "hfi vnmi umip pku ospke waitpkg gfni vaes vpclmulqdq rdpid movdiri movdir64b fsrm md_clear serialize "
			+ "arch_lbr ibt flush_l1d arch_capabilities";

	private final Homelab lab;

	private final LoadModel load;

	private final ServedVersion version;

	private final SimulatorFaults faults;

	private final Supplier<String> fingerprint;

	NodeViews(Homelab lab, LoadModel load, ServedVersion version, SimulatorFaults faults,
			Supplier<String> fingerprint) {
		this.lab = lab;
		this.load = load;
		this.version = version;
		this.faults = faults;
		this.fingerprint = fingerprint;
	}

	boolean online(SimNode node) {
		return this.faults.unreachable(node.name()) == null;
	}

	LoadModel.NodeLoad load(SimNode node, long now) {
		List<Guest> guests = this.lab.guests().stream().filter(g -> g.node().equals(node.name())).toList();
		return this.load.node(node, guests, now);
	}

	/** An item of {@code GET /nodes}. */
	Map<String, Object> indexItem(SimNode node, long now) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", node.id());
		item.put("type", "node");
		item.put("node", node.name());
		item.put("status", online(node) ? "online" : "offline");
		item.put("level", "");
		item.put("ssl_fingerprint", fingerprint(node));
		if (online(node)) {
			usage(item, node, now);
		}
		return item;
	}

	/** A {@code type: node} item of {@code /cluster/resources}. */
	Map<String, Object> resource(SimNode node, long now) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", node.id());
		item.put("type", "node");
		item.put("node", node.name());
		item.put("status", online(node) ? "online" : "offline");
		item.put("level", "");
		if (online(node)) {
			usage(item, node, now);
		}
		if (this.version.cgroupMode()) {
			item.put("cgroup-mode", 2);
		}
		return item;
	}

	/** {@code GET /nodes/{node}/status}. */
	Map<String, Object> status(SimNode node, long now) {
		LoadModel.NodeLoad load = load(node, now);
		long rootUsed = rootUsed(node);
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("cpu", load.cpu());
		status.put("wait", load.iowait());
		status.put("idle", 0);
		status.put("uptime", now - node.bootTime());
		status.put("loadavg", List.of(format(load.loadavg()[0]), format(load.loadavg()[1]), format(load.loadavg()[2])));
		Map<String, Object> memory = new LinkedHashMap<>();
		memory.put("total", SimNode.MEM_TOTAL);
		memory.put("used", load.memUsed());
		memory.put("free", SimNode.MEM_TOTAL - load.memUsed());
		if (this.version.nine()) {
			memory.put("available", SimNode.MEM_TOTAL - load.memUsed() + 1_073_741_824L);
		}
		status.put("memory", memory);
		status.put("swap", Map.of("total", SimNode.SWAP_TOTAL, "used", load.swapUsed(), "free",
				SimNode.SWAP_TOTAL - load.swapUsed()));
		status.put("ksm", Map.of("shared", 0));
		status.put("rootfs", Map.of("total", SimNode.ROOT_TOTAL, "used", rootUsed, "free",
				SimNode.ROOT_TOTAL - rootUsed, "avail", SimNode.ROOT_TOTAL - rootUsed - 5_158_584_320L));
		Map<String, Object> cpuinfo = new LinkedHashMap<>();
		cpuinfo.put("model", SimNode.CPU_MODEL);
		cpuinfo.put("sockets", 1);
		cpuinfo.put("cores", 4);
		cpuinfo.put("cpus", SimNode.THREADS);
		cpuinfo.put("mhz", "3400.000");
		cpuinfo.put("hvm", "1");
		cpuinfo.put("user_hz", 100);
		cpuinfo.put("flags", FLAGS);
		status.put("cpuinfo", cpuinfo);
		status.put("kversion", "Linux " + this.version.kernelRelease() + " " + this.version.kernelBuild());
		if (this.version.kernelDetails()) {
			status.put("current-kernel", Map.of("sysname", "Linux", "release", this.version.kernelRelease(), "version",
					this.version.kernelBuild(), "machine", "x86_64"));
			status.put("boot-info", Map.of("mode", "efi", "secureboot", 0));
		}
		status.put("pveversion", "pve-manager/" + this.version.version() + "/" + this.version.repoid());
		return status;
	}

	/** The root fs holds {@code local}, so ISO uploads and backups fill it. */
	long rootUsed(SimNode node) {
		NodeStorage local = this.lab.storage(node.name(), "local");
		return (local != null) ? this.lab.used(local) : SimNode.ROOT_BASE_USED;
	}

	private void usage(Map<String, Object> item, SimNode node, long now) {
		LoadModel.NodeLoad load = load(node, now);
		item.put("cpu", load.cpu());
		item.put("maxcpu", SimNode.THREADS);
		item.put("mem", load.memUsed());
		item.put("maxmem", SimNode.MEM_TOTAL);
		item.put("disk", rootUsed(node));
		item.put("maxdisk", SimNode.ROOT_TOTAL);
		item.put("uptime", now - node.bootTime());
	}

	/** The first node serves the real certificate; the others get a stable stand-in. */
	private String fingerprint(SimNode node) {
		if (node.equals(this.lab.nodes().get(0))) {
			return this.fingerprint.get();
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(("pve-ssl " + node.name()).getBytes(StandardCharsets.UTF_8));
			return ServerCertificate.colonHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
