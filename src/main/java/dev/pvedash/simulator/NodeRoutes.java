package dev.pvedash.simulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Node reads: {@code /nodes/{node}/status}, {@code /nodes/{node}/storage}
 * (docs/proxmox-notes.md, Reads) and {@code /nodes/{node}/storage/{storage}/content} with
 * the {@code content} and {@code vmid} filters.
 */
final class NodeRoutes {

	private final Homelab lab;

	private final NodeViews views;

	private final AccessControl permissions;

	private final Clock clock;

	NodeRoutes(Homelab lab, NodeViews views, AccessControl permissions, Clock clock) {
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
		for (NodeStorage storage : this.lab.storages(node.name())) {
			if ((content != null && !storage.holds(content)) || (only != null && !only.equals(storage.name()))) {
				continue;
			}
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("storage", storage.name());
			item.put("type", storage.type());
			item.put("content", storage.content());
			item.put("active", storage.active() ? 1 : 0);
			item.put("enabled", 1);
			item.put("shared", storage.shared() ? 1 : 0);
			items.add(item);
			if (!storage.active()) {
				continue; // PVE has no sizes for a storage it cannot reach
			}
			long used = this.lab.used(storage);
			item.put("total", storage.total());
			item.put("used", used);
			item.put("avail", storage.total() - used);
			item.put("used_fraction", (double) used / storage.total());
		}
		return items;
	}

	private List<Map<String, Object>> content(Call call) {
		SimNode node = this.lab.requireNode(call.var("node"));
		NodeStorage storage = this.lab.requireStorage(node.name(), call.var("storage"));
		this.permissions.check(call.principal(), "/storage/" + storage.name(), "Datastore.Audit",
				"Datastore.AllocateSpace");
		if (!storage.active()) {
			throw storage.offline();
		}
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
			backupDetails(volume, item);
			if (volume.content().equals("images") || volume.content().equals("rootdir")) {
				item.put("used", (long) (volume.size() * Homelab.THIN_FILL));
			}
			items.add(item);
		}
		return items;
	}

	/**
	 * Flags PVE adds only when set; {@code verification} only PBS knows
	 * (docs/pve-backups-and-snapshots.md).
	 */
	private static void backupDetails(Volume volume, Map<String, Object> item) {
		if (volume.protection()) {
			item.put("protected", 1);
		}
		if (volume.encrypted() != null) {
			item.put("encrypted", volume.encrypted());
		}
		if (volume.verification() != null) {
			// PBS keeps the UPID of the verify task that set the state; this one is
			// shaped like PBS's
			String upid = String.format(
					"UPID:pbs:%08X:%08X:%08X:%08X:verificationjob:offsite\\x3av\\x2d3c7e1a2f:root@pam:",
					0x0F2A + volume.ctime() % 251, 0x1C3B1 + volume.ctime() % 977, volume.ctime() % 64,
					volume.ctime() + 5_400);
			item.put("verification", Map.of("state", volume.verification(), "upid", upid));
		}
	}

}
