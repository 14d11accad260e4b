package dev.pvedash.proxmox;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A VM or container, from {@code /cluster/resources} or {@code /nodes/{node}/qemu|lxc}
 * (docs/proxmox-notes.md, Reads). Counters are bytes, {@code cpu} a fraction of the
 * guest's vCPUs, {@code uptime} seconds.
 *
 * @param name PVE defaults it to {@code VM <vmid>} / {@code CT<vmid>}
 * @param status as sent: QMP run state in {@code /cluster/resources}, only
 * running/stopped in node lists
 * @param state derived from {@code status}, {@code qmpstatus} and {@code lock}
 * (docs/proxmox-notes.md, Guest states)
 * @param cpus vCPUs ({@code maxcpu} in cluster resources); may be fractional for a
 * container's cpulimit
 * @param disk always 0 for QEMU (PVE cannot see inside block devices); real usage for
 * running containers
 * @param memhost host-side memory of a VM, PVE 9 only
 * @param lock e.g. {@code backup}, {@code snapshot}, {@code suspended}; null when not
 * locked
 * @param hastate HA state, {@code /cluster/resources} only
 * @param pool the pool the guest belongs to, {@code /cluster/resources} only
 */
public record GuestResource(GuestType type, int vmid, String node, @Nullable String name, @Nullable String status,
		GuestState state, @Nullable Double cpu, @Nullable Double cpus, @Nullable Long mem, @Nullable Long maxmem,
		@Nullable Long memhost, @Nullable Long disk, @Nullable Long maxdisk, @Nullable Long netin,
		@Nullable Long netout, @Nullable Long diskread, @Nullable Long diskwrite, @Nullable Long uptime,
		boolean template, List<String> tags, @Nullable String lock, @Nullable String hastate,
		@Nullable String pool) implements ClusterResource {

	/**
	 * @param node the node asked, for node lists whose items do not repeat it
	 */
	static GuestResource from(JsonNode json, GuestType type, @Nullable String node) {
		String status = PveValues.string(json, "status");
		String lock = PveValues.string(json, "lock");
		Double cpus = PveValues.decimal(json, json.has("maxcpu") ? "maxcpu" : "cpus");
		String listedNode = PveValues.string(json, "node");
		if (listedNode == null && node == null) {
			throw PveValues.protocol("guest without 'node'");
		}
		return new GuestResource(type, PveValues.requiredInt(json, "vmid"), (listedNode != null) ? listedNode : node,
				PveValues.string(json, "name"), status,
				GuestState.of(status, PveValues.string(json, "qmpstatus"), lock), PveValues.decimal(json, "cpu"), cpus,
				PveValues.whole(json, "mem"), PveValues.whole(json, "maxmem"), PveValues.whole(json, "memhost"),
				PveValues.whole(json, "disk"), PveValues.whole(json, "maxdisk"), PveValues.whole(json, "netin"),
				PveValues.whole(json, "netout"), PveValues.whole(json, "diskread"), PveValues.whole(json, "diskwrite"),
				PveValues.whole(json, "uptime"), PveValues.flag(json, "template"),
				PveValues.tags(PveValues.string(json, "tags")), lock, PveValues.string(json, "hastate"),
				PveValues.string(json, "pool"));
	}

	@Override
	public String id() {
		return this.type.wire() + "/" + this.vmid;
	}

}
