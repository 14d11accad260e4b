package dev.pvedash.proxmox;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.pvedash.proxmox.internal.PveHttp;

/**
 * Cluster-, node- and storage-wide reads (docs/proxmox-notes.md, Reads and Privileges),
 * backup jobs included.
 */
final class ClusterApi {

	private static final Comparator<Backup> NEWEST_FIRST = Comparator
		.comparing(Backup::ctime, Comparator.nullsLast(Comparator.<Instant>naturalOrder().reversed()))
		.thenComparing(Backup::volid);

	private final PveHttp http;

	ClusterApi(PveHttp http) {
		this.http = http;
	}

	PveVersion version() {
		return PveVersion.from(this.http.get("/version", Map.of()));
	}

	ClusterStatus clusterStatus() {
		return ClusterStatus.from(this.http.get("/cluster/status", Map.of()));
	}

	ClusterResources resources(@Nullable ResourceType type) {
		Map<String, String> query = Params.of().put("type", (type != null) ? type.wire() : null).map();
		return ClusterResources.from(this.http.get("/cluster/resources", query));
	}

	List<NodeResource> nodes() {
		return PveValues.list(this.http.get("/nodes", Map.of()), "nodes", NodeResource::from);
	}

	NodeStatus nodeStatus(String node) {
		return NodeStatus.from(this.http.get(Paths.node(node) + "/status", Map.of()));
	}

	List<Storage> storages(String node) {
		return PveValues.list(this.http.get(Paths.node(node) + "/storage", Map.of()), "storages", Storage::from);
	}

	List<Backup> backups(String node, String storage, @Nullable Integer vmid) {
		String path = Paths.storage(node, storage) + "/content";
		Params query = Params.of().put("content", "backup").put("vmid", (vmid != null) ? Paths.vmid(vmid) : null);
		List<Backup> backups = PveValues.list(this.http.get(path, query.map()), "backups", Backup::from);
		return backups.stream().sorted(NEWEST_FIRST).toList();
	}

	List<BackupJob> backupJobs() {
		return PveValues.list(this.http.get("/cluster/backup", Map.of()), "backup jobs", BackupJob::from);
	}

	List<UncoveredGuest> notBackedUp() {
		List<UncoveredGuest> guests = PveValues.list(this.http.get("/cluster/backup-info/not-backed-up", Map.of()),
				"guests without backup job", UncoveredGuest::from);
		// PVE lists them in hash order
		return guests.stream().sorted(Comparator.comparingInt(UncoveredGuest::vmid)).toList();
	}

	List<NodeRrdPoint> rrd(String node, RrdTimeframe timeframe, RrdCf cf) {
		String path = Paths.node(node) + "/rrddata";
		return PveValues.list(this.http.get(path, rrdQuery(timeframe, cf)), "rrddata", NodeRrdPoint::from);
	}

	List<StorageRrdPoint> storageRrd(String node, String storage, RrdTimeframe timeframe, RrdCf cf) {
		String path = Paths.storage(node, storage) + "/rrddata";
		return PveValues.list(this.http.get(path, rrdQuery(timeframe, cf)), "rrddata", StorageRrdPoint::from);
	}

	Permissions permissions() {
		return Permissions.from(this.http.get("/access/permissions", Map.of()));
	}

	static Map<String, String> rrdQuery(RrdTimeframe timeframe, RrdCf cf) {
		if (timeframe == null || cf == null) {
			throw new IllegalArgumentException("rrddata needs a timeframe and a consolidation function");
		}
		return Params.of().put("timeframe", timeframe.wire()).put("cf", cf.name()).map();
	}

}
