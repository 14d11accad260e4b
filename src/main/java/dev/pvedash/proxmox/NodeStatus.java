package dev.pvedash.proxmox;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * {@code GET /nodes/{node}/status} (docs/proxmox-notes.md, Reads and Versions). Parts a
 * version does not send have all-null values rather than being null themselves, so
 * templates can read {@code status.memory().used()} without guarding.
 *
 * @param cpu busy fraction of all host CPUs
 * @param iowait IO-wait fraction (PVE's {@code wait})
 * @param loadavg 1, 5 and 15 minute load (PVE sends strings); empty if absent
 * @param memory {@code available} is PVE 9+ only
 * @param rootfs {@code available} is the root fs {@code avail}
 * @param ksmShared bytes shared by KSM
 * @param kversion e.g. {@code Linux 6.8.12-4-pve #1 SMP PREEMPT_DYNAMIC …}
 * @param pveversion {@code pve-manager/<version>/<repoid>}
 * @param kernelRelease {@code current-kernel.release}, PVE 8.1+
 * @param bootMode {@code efi} or {@code legacy-bios}, PVE 8.1+
 * @param secureBoot PVE 8.1+, EFI boots only
 */
public record NodeStatus(@Nullable Double cpu, @Nullable Double iowait, @Nullable Long uptime, List<Double> loadavg,
		Usage memory, Usage swap, Usage rootfs, @Nullable Long ksmShared, Cpu cpuinfo, @Nullable String kversion,
		@Nullable String pveversion, @Nullable String kernelRelease, @Nullable String bootMode,
		@Nullable Boolean secureBoot) {

	static NodeStatus from(JsonNode data) {
		JsonNode json = PveValues.object(data, "node status");
		JsonNode boot = part(json, "boot-info");
		return new NodeStatus(PveValues.decimal(json, "cpu"), PveValues.decimal(json, "wait"),
				PveValues.whole(json, "uptime"), loadavg(json), Usage.from(part(json, "memory"), "available"),
				Usage.from(part(json, "swap"), "available"), Usage.from(part(json, "rootfs"), "avail"),
				PveValues.whole(part(json, "ksm"), "shared"), Cpu.from(part(json, "cpuinfo")),
				PveValues.string(json, "kversion"), PveValues.string(json, "pveversion"),
				PveValues.string(part(json, "current-kernel"), "release"), PveValues.string(boot, "mode"),
				PveValues.bool(boot, "secureboot"));
	}

	private static JsonNode part(JsonNode json, String field) {
		JsonNode part = json.get(field);
		return (part != null && part.isObject()) ? part : MissingNode.getInstance();
	}

	private static List<Double> loadavg(JsonNode json) {
		JsonNode loads = json.get("loadavg");
		if (loads == null || !loads.isArray()) {
			return List.of();
		}
		List<Double> values = new ArrayList<>();
		for (JsonNode load : loads) {
			Double value = PveValues.decimalOf(load, "loadavg");
			if (value == null) {
				// a gap would shift the 5- and 15-minute values into the wrong place
				return List.of();
			}
			values.add(value);
		}
		return List.copyOf(values);
	}

	/** Bytes; a value the version does not report is null. */
	public record Usage(@Nullable Long total, @Nullable Long used, @Nullable Long free, @Nullable Long available) {

		static Usage from(JsonNode json, String availableField) {
			return new Usage(PveValues.whole(json, "total"), PveValues.whole(json, "used"),
					PveValues.whole(json, "free"), PveValues.whole(json, availableField));
		}

	}

	/**
	 * {@code cpuinfo}.
	 *
	 * @param cpus logical threads
	 * @param mhz PVE sends a string like {@code "3400.000"}
	 * @param hvm hardware virtualisation available
	 */
	public record Cpu(@Nullable String model, @Nullable Integer sockets, @Nullable Integer cores,
			@Nullable Integer cpus, @Nullable Double mhz, @Nullable Boolean hvm) {

		static Cpu from(JsonNode json) {
			return new Cpu(PveValues.string(json, "model"), PveValues.integer(json, "sockets"),
					PveValues.integer(json, "cores"), PveValues.integer(json, "cpus"), PveValues.decimal(json, "mhz"),
					PveValues.bool(json, "hvm"));
		}

	}

}
