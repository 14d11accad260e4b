package dev.pvedash.proxmox;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * {@code GET /nodes/{node}/qemu|lxc/{vmid}/status/current} (docs/proxmox-notes.md,
 * Reads). A stopped guest sends a short object; what it leaves out stays null. Bytes,
 * seconds, and {@code cpu} as a fraction of the guest's vCPUs.
 *
 * @param status {@code running} or {@code stopped}: whether the process exists
 * @param qmpstatus QEMU's run state ({@code paused}, {@code suspended}, {@code prelaunch}
 * …); null for containers
 * @param state derived from status, qmpstatus and lock (docs/proxmox-notes.md, Guest
 * states)
 * @param cpus vCPUs; fractional for a container with a cpulimit
 * @param swap container swap in bytes, like {@code maxswap}; null for VMs
 * @param memhost host-side memory of a VM, PVE 9 only
 * @param agent QEMU guest agent configured (not necessarily answering)
 * @param runningQemu QEMU version of the running process, e.g. {@code 8.0.2}
 * @param runningMachine e.g. {@code pc-i440fx-8.0+pve0}
 */
public record GuestStatus(GuestType type, int vmid, @Nullable String name, @Nullable String status,
		@Nullable String qmpstatus, GuestState state, @Nullable Double cpu, @Nullable Double cpus, @Nullable Long mem,
		@Nullable Long maxmem, @Nullable Long memhost, @Nullable Long disk, @Nullable Long maxdisk, @Nullable Long swap,
		@Nullable Long maxswap, @Nullable Long netin, @Nullable Long netout, @Nullable Long diskread,
		@Nullable Long diskwrite, @Nullable Long uptime, @Nullable Integer pid, @Nullable String lock,
		List<String> tags, boolean template, Ha ha, boolean agent, @Nullable String runningQemu,
		@Nullable String runningMachine) {

	static GuestStatus from(JsonNode data, GuestType type, int vmid) {
		JsonNode json = PveValues.object(data, "guest status");
		String status = PveValues.string(json, "status");
		String qmpstatus = PveValues.string(json, "qmpstatus");
		String lock = PveValues.string(json, "lock");
		return new GuestStatus(type, vmid, PveValues.string(json, "name"), status, qmpstatus,
				GuestState.of(status, qmpstatus, lock), PveValues.decimal(json, "cpu"), PveValues.decimal(json, "cpus"),
				PveValues.whole(json, "mem"), PveValues.whole(json, "maxmem"), PveValues.whole(json, "memhost"),
				PveValues.whole(json, "disk"), PveValues.whole(json, "maxdisk"), PveValues.whole(json, "swap"),
				PveValues.whole(json, "maxswap"), PveValues.whole(json, "netin"), PveValues.whole(json, "netout"),
				PveValues.whole(json, "diskread"), PveValues.whole(json, "diskwrite"), PveValues.whole(json, "uptime"),
				PveValues.integer(json, "pid"), lock, PveValues.tags(PveValues.string(json, "tags")),
				PveValues.flag(json, "template"), Ha.from(json.get("ha")),
				GuestConfigMapper.agent(PveValues.string(json, "agent")), PveValues.string(json, "running-qemu"),
				PveValues.string(json, "running-machine"));
	}

	/**
	 * The {@code ha} object.
	 *
	 * @param state e.g. {@code started}, {@code stopped}, {@code disabled},
	 * {@code error}; null when unmanaged
	 */
	public record Ha(boolean managed, @Nullable String state, @Nullable String group) {

		static Ha from(@Nullable JsonNode json) {
			JsonNode ha = (json != null && json.isObject()) ? json : MissingNode.getInstance();
			return new Ha(PveValues.flag(ha, "managed"), PveValues.string(ha, "state"), PveValues.string(ha, "group"));
		}

	}

}
