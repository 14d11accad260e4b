package dev.pvedash.proxmox;

import java.util.List;
import java.util.Map;

import dev.pvedash.proxmox.internal.PveHttp;

/**
 * Reads about guests on one node (docs/proxmox-notes.md, Reads; snapshots:
 * docs/pve-backups-and-snapshots.md).
 */
final class GuestApi {

	private final PveHttp http;

	GuestApi(PveHttp http) {
		this.http = http;
	}

	List<GuestResource> guests(String node, GuestType type) {
		String path = Paths.node(node) + "/" + requireType(type).wire();
		return PveValues.list(this.http.get(path, Map.of()), "guests", (json) -> GuestResource.from(json, type, node));
	}

	GuestStatus status(String node, GuestType type, int vmid) {
		return GuestStatus.from(this.http.get(Paths.guest(node, type, vmid) + "/status/current", Map.of()), type, vmid);
	}

	GuestConfig config(String node, GuestType type, int vmid) {
		return GuestConfigMapper.from(this.http.get(Paths.guest(node, type, vmid) + "/config", Map.of()), type);
	}

	Snapshots snapshots(String node, GuestType type, int vmid) {
		return Snapshots.from(this.http.get(Paths.guest(node, type, vmid) + "/snapshot", Map.of()));
	}

	List<GuestRrdPoint> rrd(String node, GuestType type, int vmid, RrdTimeframe timeframe, RrdCf cf) {
		String path = Paths.guest(node, type, vmid) + "/rrddata";
		return PveValues.list(this.http.get(path, ClusterApi.rrdQuery(timeframe, cf)), "rrddata", GuestRrdPoint::from);
	}

	private static GuestType requireType(GuestType type) {
		if (type == null) {
			throw new IllegalArgumentException("Guest type is required");
		}
		return type;
	}

}
