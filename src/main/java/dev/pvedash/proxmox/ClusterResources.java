package dev.pvedash.proxmox;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /cluster/resources} (docs/proxmox-notes.md, Reads) split by kind: the one
 * cheap poll that covers every node, guest and storage. Pools, SDN zones, 9.x
 * {@code network} entries and legacy {@code openvz} are skipped.
 */
public record ClusterResources(List<NodeResource> nodes, List<GuestResource> guests, List<StorageResource> storages) {

	static ClusterResources from(JsonNode data) {
		List<NodeResource> nodes = new ArrayList<>();
		List<GuestResource> guests = new ArrayList<>();
		List<StorageResource> storages = new ArrayList<>();
		for (JsonNode entry : PveValues.list(data, "cluster resources", (item) -> item)) {
			String type = PveValues.string(entry, "type");
			GuestType guestType = GuestType.fromWire(type);
			if (guestType != null) {
				guests.add(GuestResource.from(entry, guestType, null));
			}
			else if ("node".equals(type)) {
				nodes.add(NodeResource.from(entry));
			}
			else if ("storage".equals(type)) {
				storages.add(StorageResource.from(entry));
			}
		}
		return new ClusterResources(List.copyOf(nodes), List.copyOf(guests), List.copyOf(storages));
	}

	public List<ClusterResource> all() {
		List<ClusterResource> all = new ArrayList<>(this.nodes);
		all.addAll(this.guests);
		all.addAll(this.storages);
		return List.copyOf(all);
	}

}
