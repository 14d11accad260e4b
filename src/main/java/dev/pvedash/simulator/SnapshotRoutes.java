package dev.pvedash.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Snapshot endpoints (docs/pve-backups-and-snapshots.md, Snapshots): the unordered list
 * ending with the {@code current} pseudo-entry, a snapshot's config and description, and
 * the three task-backed operations in {@link SnapshotTasks}.
 */
final class SnapshotRoutes {

	private static final Pattern CONFIG_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

	private final Homelab lab;

	private final AccessControl permissions;

	private final GuestViews views;

	private final SnapshotTasks tasks;

	SnapshotRoutes(Homelab lab, AccessControl permissions, GuestViews views, TaskRunner runner) {
		this.lab = lab;
		this.permissions = permissions;
		this.views = views;
		this.tasks = new SnapshotTasks(runner);
	}

	void register(Router router) {
		for (GuestKind kind : GuestKind.values()) {
			String base = "/nodes/{node}/" + kind.segment() + "/{vmid}/snapshot";
			router.get(base, call -> list(guest(call, kind, "VM.Audit")));
			router.post(base, call -> {
				Guest guest = guest(call, kind, "VM.Snapshot");
				return this.tasks.create(target(call, guest), name(call.required("snapname"), "snapname"),
						description(call), vmstate(call, kind));
			});
			router.get(base + "/{snapname}", call -> {
				snapshot(guest(call, kind, "VM.Audit"), call);
				return List.of(Map.of("cmd", "rollback"), Map.of("cmd", "config"));
			});
			router.delete(base + "/{snapname}", call -> this.tasks
				.delete(target(call, guest(call, kind, "VM.Snapshot")), name(call.var("snapname"), "snapname")));
			router.post(base + "/{snapname}/rollback",
					call -> this.tasks.rollback(target(call, guest(call, kind, "VM.Snapshot", "VM.Snapshot.Rollback")),
							name(call.var("snapname"), "snapname"), call.flag("start")));
			router.get(base + "/{snapname}/config", call -> config(guest(call, kind, "VM.Audit"), call));
			router.put(base + "/{snapname}/config", call -> {
				Guest guest = guest(call, kind, "VM.Snapshot");
				SnapshotSection snapshot = snapshot(guest, call);
				guest.snapshots().put(snapshot.name(), snapshot.withDescription(description(call)));
				return null;
			});
		}
	}

	private List<Map<String, Object>> list(Guest guest) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (SnapshotSection snapshot : guest.snapshots().values()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("name", snapshot.name());
			item.put("description", snapshot.description());
			item.put("snaptime", snapshot.snaptime());
			if (snapshot.parent() != null) {
				item.put("parent", snapshot.parent());
			}
			if (guest.kind() == GuestKind.QEMU) {
				item.put("vmstate", snapshot.vmstate() ? 1 : 0);
			}
			if (snapshot.snapstate() != null) {
				item.put("snapstate", snapshot.snapstate());
			}
			items.add(item);
		}
		Map<String, Object> current = new LinkedHashMap<>();
		current.put("name", "current");
		current.put("description", "You are here!");
		current.put("digest", guest.digest());
		current.put("running", guest.running() ? 1 : 0);
		if (guest.parent() != null) {
			current.put("parent", guest.parent());
		}
		items.add(current);
		return items;
	}

	private Map<String, Object> config(Guest guest, Call call) {
		SnapshotSection snapshot = snapshot(guest, call);
		Map<String, Object> config = new LinkedHashMap<>(this.views.config(guest, snapshot.config()));
		config.remove("digest");
		config.put("snaptime", snapshot.snaptime());
		config.put("description", snapshot.description());
		if (snapshot.parent() != null) {
			config.put("parent", snapshot.parent());
		}
		if (snapshot.vmstate()) {
			config.put("vmstate", "local-lvm:vm-" + guest.vmid() + "-state-" + snapshot.name());
			config.put("runningmachine", "pc-i440fx-8.1+pve0");
		}
		return config;
	}

	private SnapshotSection snapshot(Guest guest, Call call) {
		String name = name(call.var("snapname"), "snapname");
		SnapshotSection snapshot = guest.snapshots().get(name);
		if (snapshot == null) {
			throw ApiError.failed("snapshot '" + name + "' does not exist");
		}
		return snapshot;
	}

	private Guest guest(Call call, GuestKind kind, String... privileges) {
		SimNode node = this.lab.requireNode(call.var("node"));
		int vmid = call.vmid();
		this.permissions.check(call.principal(), "/vms/" + vmid, privileges);
		return this.lab.requireGuest(node.name(), kind, vmid);
	}

	private Target target(Call call, Guest guest) {
		return new Target(this.lab.requireNode(guest.node()), guest, call.principal(), false);
	}

	/**
	 * PVE's {@code pve-configid} format: a letter, then letters, digits, {@code _} or
	 * {@code -}, at most 40.
	 */
	static String name(String name, String parameter) {
		if (name.length() > 40) {
			throw ApiError.parameter(parameter, "value may only be 40 characters long");
		}
		if (!CONFIG_ID.matcher(name).matches()) {
			throw ApiError.parameter(parameter, "invalid format - invalid configuration ID '" + name + "'");
		}
		return name;
	}

	private static String description(Call call) {
		String description = call.param("description");
		return (description != null) ? description : "";
	}

	private static boolean vmstate(Call call, GuestKind kind) {
		if (kind == GuestKind.LXC && call.param("vmstate") != null) {
			throw ApiError.parameter("vmstate",
					"property is not defined in schema and the schema does not allow additional properties");
		}
		return call.flag("vmstate");
	}

}
