package dev.pvedash.simulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cluster-wide reads: {@code /version}, {@code /nodes}, {@code /cluster/status} and
 * {@code /cluster/resources} (docs/proxmox-notes.md, Reads). One node is a standalone
 * host (a single node entry with {@code nodeid: 0}); more make the cluster "homelab".
 */
final class ClusterRoutes {

	static final String CLUSTER_NAME = "homelab";

	private final Homelab lab;

	private final NodeViews nodes;

	private final GuestViews guests;

	private final ServedVersion version;

	private final AccessControl permissions;

	private final Clock clock;

	ClusterRoutes(Homelab lab, NodeViews nodes, GuestViews guests, ServedVersion version, AccessControl permissions,
			Clock clock) {
		this.lab = lab;
		this.nodes = nodes;
		this.guests = guests;
		this.version = version;
		this.permissions = permissions;
		this.clock = clock;
	}

	void register(Router router) {
		router.get("/version", call -> version());
		router.get("/nodes/{node}/version", call -> {
			this.lab.requireNode(call.var("node"));
			return version();
		});
		router.get("/nodes", call -> this.lab.nodes().stream().map(n -> this.nodes.indexItem(n, now())).toList());
		router.get("/cluster/status", call -> {
			this.permissions.check(call.principal(), "/", "Sys.Audit");
			return status();
		});
		router.get("/cluster/resources", this::resources);
	}

	private Map<String, Object> version() {
		Map<String, Object> version = new LinkedHashMap<>();
		version.put("version", this.version.version());
		version.put("release", this.version.release());
		version.put("repoid", this.version.repoid());
		return version;
	}

	private List<Map<String, Object>> status() {
		List<Map<String, Object>> entries = new ArrayList<>();
		boolean clustered = this.lab.nodes().size() > 1;
		if (clustered) {
			long online = this.lab.nodes().stream().filter(this.nodes::online).count();
			Map<String, Object> cluster = new LinkedHashMap<>();
			cluster.put("id", "cluster");
			cluster.put("type", "cluster");
			cluster.put("name", CLUSTER_NAME);
			cluster.put("nodes", this.lab.nodes().size());
			cluster.put("version", this.lab.nodes().size() + 1);
			cluster.put("quorate", (online * 2 > this.lab.nodes().size()) ? 1 : 0);
			entries.add(cluster);
		}
		for (SimNode node : this.lab.nodes()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", node.id());
			entry.put("type", "node");
			entry.put("name", node.name());
			entry.put("nodeid", node.nodeid());
			entry.put("ip", node.ip());
			entry.put("online", this.nodes.online(node) ? 1 : 0);
			entry.put("local", node.equals(this.lab.nodes().get(0)) ? 1 : 0);
			entry.put("level", "");
			entries.add(entry);
		}
		return entries;
	}

	private List<Map<String, Object>> resources(Call call) {
		String type = call.param("type");
		if (type != null) {
			Call.oneOf("type", type, "vm", "storage", "node", "sdn");
		}
		long now = now();
		List<Map<String, Object>> items = new ArrayList<>();
		// pve-manager lists a node entry only with Sys.Audit on /nodes/{node}; guests
		// need VM.Audit alone
		if ((type == null || type.equals("node")) && this.permissions.has(call.principal(), "Sys.Audit")) {
			this.lab.nodes().forEach(node -> items.add(this.nodes.resource(node, now)));
		}
		if (type == null || type.equals("vm")) {
			for (Guest guest : this.lab.guests()) {
				items.add(this.guests.resource(guest, now, this.nodes.online(this.lab.node(guest.node()))));
			}
		}
		if (type == null || type.equals("storage")) {
			for (NodeStorage storage : this.lab.storages()) {
				items.add(storage(storage));
			}
		}
		if (type == null || type.equals("sdn")) {
			this.lab.nodes().forEach(node -> items.add(sdn(node)));
		}
		if (type == null && this.version.nine()) {
			this.lab.nodes().forEach(node -> items.add(network(node)));
		}
		return items;
	}

	private Map<String, Object> storage(NodeStorage storage) {
		boolean online = this.nodes.online(this.lab.node(storage.node())) && storage.active();
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", "storage/" + storage.node() + "/" + storage.name());
		item.put("type", "storage");
		item.put("storage", storage.name());
		item.put("node", storage.node());
		item.put("status", online ? "available" : "unknown");
		item.put("plugintype", storage.type());
		item.put("content", storage.content());
		item.put("shared", storage.shared() ? 1 : 0);
		if (online) {
			item.put("disk", this.lab.used(storage));
			item.put("maxdisk", storage.total());
		}
		return item;
	}

	private Map<String, Object> sdn(SimNode node) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", "sdn/" + node.name() + "/localnetwork");
		item.put("type", "sdn");
		item.put("sdn", "localnetwork");
		item.put("node", node.name());
		item.put("status", "ok");
		return item;
	}

	/**
	 * PVE 9 lists network zones as {@code type: network}; the fields are a best guess
	 * (docs/proxmox-notes.md, Versions, names only the type).
	 */
	private Map<String, Object> network(SimNode node) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", "network/" + node.name() + "/zone/localnetwork");
		item.put("type", "network");
		item.put("network", "localnetwork");
		item.put("network-type", "zone");
		item.put("zone-type", "simple");
		item.put("node", node.name());
		item.put("status", "ok");
		return item;
	}

	private long now() {
		return this.clock.instant().getEpochSecond();
	}

}
