package dev.pvedash.simulator;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Guest reads: {@code /nodes/{node}/qemu} and {@code /lxc}, {@code …/status/current} and
 * {@code …/config} (with {@code snapshot=NAME} for a snapshot's config);
 * docs/proxmox-notes.md, Reads.
 */
final class GuestRoutes {

	private final Homelab lab;

	private final GuestViews views;

	private final AccessControl permissions;

	private final Clock clock;

	GuestRoutes(Homelab lab, GuestViews views, AccessControl permissions, Clock clock) {
		this.lab = lab;
		this.views = views;
		this.permissions = permissions;
		this.clock = clock;
	}

	void register(Router router) {
		for (GuestKind kind : GuestKind.values()) {
			String base = "/nodes/{node}/" + kind.segment();
			router.get(base, call -> list(call, kind));
			router.get(base + "/{vmid}", call -> {
				guest(call, kind);
				return List.of(Map.of("subdir", "config"), Map.of("subdir", "status"), Map.of("subdir", "snapshot"),
						Map.of("subdir", "rrddata"));
			});
			router.get(base + "/{vmid}/status/current", call -> this.views.status(guest(call, kind), now()));
			router.get(base + "/{vmid}/config", call -> config(call, kind));
		}
	}

	private List<Map<String, Object>> list(Call call, GuestKind kind) {
		SimNode node = this.lab.requireNode(call.var("node"));
		long now = now();
		return this.lab.guests(node.name(), kind).stream().map(guest -> this.views.listItem(guest, now)).toList();
	}

	private Map<String, Object> config(Call call, GuestKind kind) {
		Guest guest = guest(call, kind);
		String name = call.param("snapshot");
		if (name == null) {
			return this.views.config(guest, guest.config());
		}
		SnapshotSection snapshot = guest.snapshots().get(SnapshotRoutes.name(name, "snapshot"));
		if (snapshot == null) {
			throw ApiError.failed("snapshot '" + name + "' does not exist");
		}
		return this.views.config(guest, snapshot.config());
	}

	private Guest guest(Call call, GuestKind kind) {
		SimNode node = this.lab.requireNode(call.var("node"));
		int vmid = call.vmid();
		this.permissions.check(call.principal(), "/vms/" + vmid, "VM.Audit");
		return this.lab.requireGuest(node.name(), kind, vmid);
	}

	private long now() {
		return this.clock.instant().getEpochSecond();
	}

}
