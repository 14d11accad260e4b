package dev.pvedash.simulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Node reads: {@code /nodes/{node}/status} (§6.3), {@code /nodes/{node}/storage} (§6.11) and
 * {@code /nodes/{node}/storage/{storage}/content} with the {@code content} and {@code vmid} filters.
 */
final class NodeApi {

	private final Homelab lab;

	private final NodeViews views;

	private final Permissions permissions;

	private final Clock clock;

	NodeApi(Homelab lab, NodeViews views, Permissions permissions, Clock clock) {
		this.lab = lab;
		this.views = views;
		this.permissions = permissions;
		this.clock = clock;
	}

	void register(Router router) {
		router.get("/nodes/{node}/status", call -> {
			SimNode node = this.lab.requireNode(call.var("node"));
			this.permissions.check(call.principal(), "/nodes/" + node.name(), "Sys.Audit");
			return this.views.status(node, this.clock.instant().getEpochSecond());
		});
		router.get("/nodes/{node}/storage", this::storages);
		router.get("/nodes/{node}/storage/{storage}/content", this::content);
	}

	private List<Map<String, Object>> storages(Call call) {
		SimNode node = this.lab.requireNode(call.var("node"));
		String content = call.param("content");
		String only = call.param("storage");
		List<Map<String, Object>> items = new ArrayList<>();
		for (Storage storage : this.lab.storages(node.name())) {
			if ((content != null && !storage.holds(content)) || (only != null && !only.equals(storage.name()))) {
				continue;
			}
			long used = this.lab.used(storage);
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("storage", storage.name());
			item.put("type", storage.type());
			item.put("content", storage.content());
			item.put("active", 1);
			item.put("enabled", 1);
			item.put("shared", 0);
			item.put("total", storage.total());
			item.put("used", used);
			item.put("avail", storage.total() - used);
			item.put("used_fraction", (double) used / storage.total());
			items.add(item);
		}
		return items;
	}

	private List<Map<String, Object>> content(Call call) {
		SimNode node = this.lab.requireNode(call.var("node"));
		Storage storage = this.lab.requireStorage(node.name(), call.var("storage"));
		this.permissions.check(call.principal(), "/storage/" + storage.name(), "Datastore.Audit",
				"Datastore.AllocateSpace");
		String content = call.param("content");
		Integer vmid = call.integer("vmid", 0);
		List<Map<String, Object>> items = new ArrayList<>();
		for (Volume volume : this.lab.volumes(storage)) {
			if ((content != null && !content.equals(volume.content()))
					|| (vmid != null && !vmid.equals(volume.vmid()))) {
				continue;
			}
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("volid", volume.volid());
			item.put("content", volume.content());
			item.put("format", volume.format());
			item.put("size", volume.size());
			item.put("ctime", volume.ctime());
			if (volume.vmid() != null) {
				item.put("vmid", volume.vmid());
			}
			if (volume.subtype() != null) {
				item.put("subtype", volume.subtype());
			}
			if (volume.notes() != null) {
				item.put("notes", volume.notes());
			}
			if (volume.content().equals("images") || volume.content().equals("rootdir")) {
				item.put("used", (long) (volume.size() * Homelab.THIN_FILL));
			}
			items.add(item);
		}
		return items;
	}

}
