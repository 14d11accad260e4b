package dev.pvedash.simulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /cluster/backup} and {@code GET /cluster/backup-info/not-backed-up}, both
 * {@code Sys.Audit} on {@code /} (docs/pve-backups-and-snapshots.md). Releases before 7.1
 * kept jobs in {@code vzdump.cron} with {@code dow} and {@code starttime} and had no
 * {@code next-run}. not-backed-up is served on every release: pve-manager had it while
 * jobs still lived in vzdump.cron (6.x), but which 6.x minor added it is not established,
 * so no release answers 501 for it.
 */
final class BackupJobRoutes {

	private final Homelab lab;

	private final AccessControl permissions;

	private final ServedVersion version;

	private final Clock clock;

	BackupJobRoutes(Homelab lab, AccessControl permissions, ServedVersion version, Clock clock) {
		this.lab = lab;
		this.permissions = permissions;
		this.version = version;
		this.clock = clock;
	}

	void register(Router router) {
		router.get("/cluster/backup", call -> {
			this.permissions.check(call.principal(), "/", "Sys.Audit");
			return this.lab.backupJobs().stream().map(this::job).toList();
		});
		router.get("/cluster/backup-info/not-backed-up", call -> {
			this.permissions.check(call.principal(), "/", "Sys.Audit");
			return notBackedUp();
		});
	}

	private Map<String, Object> job(VzdumpJob job) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", job.id());
		item.put("type", "vzdump");
		item.put("enabled", job.enabled() ? 1 : 0);
		if (this.version.atLeast(7, 1)) {
			item.put("schedule", job.schedule());
			item.put("next-run", job.nextRun(this.clock.instant().getEpochSecond()));
		}
		else {
			item.put("dow", job.schedule().substring(0, 3));
			item.put("starttime", job.time().toString());
		}
		item.put("storage", job.storage());
		item.put("vmid", String.join(",", job.vmids().stream().map(String::valueOf).toList()));
		item.put("mode", "snapshot");
		item.put("compress", "zstd");
		item.put("prune-backups", job.pruneBackups());
		item.put("notes-template", "{{guestname}}");
		if (job.comment() != null) {
			item.put("comment", job.comment());
		}
		return item;
	}

	/**
	 * Every guest that no job lists, templates included, named from its config as PVE
	 * does.
	 */
	private List<Map<String, Object>> notBackedUp() {
		List<Map<String, Object>> items = new ArrayList<>();
		for (Guest guest : this.lab.guests()) {
			if (this.lab.backupJobs().stream().anyMatch(job -> job.includes(guest.vmid()))) {
				continue;
			}
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("vmid", guest.vmid());
			item.put("name", guest.name());
			item.put("type", guest.kind().segment());
			items.add(item);
		}
		return items;
	}

}
