package dev.pvedash.proxmox;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /cluster/status} (docs/proxmox-notes.md, Reads): the cluster entry, if any,
 * and one entry per member node. A standalone host sends no cluster entry:
 * {@link #name()} is null and {@link #quorate()} is true, since a lone node always has
 * its own quorum.
 *
 * @param name cluster name, null on a standalone host
 * @param configVersion corosync config version, null on a standalone host
 */
record ClusterStatus(@Nullable String name, @Nullable Integer configVersion, boolean quorate, List<Member> nodes) {

	static ClusterStatus from(JsonNode data) {
		JsonNode cluster = null;
		List<Member> nodes = new ArrayList<>();
		for (JsonNode entry : PveValues.list(data, "cluster status", (item) -> item)) {
			String type = PveValues.string(entry, "type");
			if ("cluster".equals(type)) {
				cluster = entry;
			}
			else if ("node".equals(type)) {
				nodes.add(Member.from(entry));
			}
		}
		if (cluster == null) {
			return new ClusterStatus(null, null, true, List.copyOf(nodes));
		}
		return new ClusterStatus(PveValues.string(cluster, "name"), PveValues.integer(cluster, "version"),
				PveValues.flag(cluster, "quorate"), List.copyOf(nodes));
	}

	public boolean clustered() {
		return this.name != null;
	}

	/**
	 * One member node.
	 *
	 * @param nodeid corosync node id; 0 on a standalone host
	 * @param local true for the node that answered this request
	 * @param level subscription level, null when none
	 */
	public record Member(String name, @Nullable Integer nodeid, @Nullable String ip, boolean online, boolean local,
			@Nullable String level) {

		static Member from(JsonNode json) {
			return new Member(PveValues.requiredString(json, "name"), PveValues.integer(json, "nodeid"),
					PveValues.string(json, "ip"), PveValues.flag(json, "online"), PveValues.flag(json, "local"),
					PveValues.string(json, "level"));
		}

	}

}
