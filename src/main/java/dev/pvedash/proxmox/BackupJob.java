package dev.pvedash.proxmox;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One of PVE's own scheduled backups, {@code GET /cluster/backup}
 * (docs/pve-backups-and-snapshots.md).
 *
 * @param id e.g. {@code backup-5e1f0c2a-7d3b}
 * @param enabled PVE treats a missing {@code enabled} as on
 * @param schedule systemd-calendar subset such as {@code sun 03:00}; for PVE 6.x jobs,
 * which had {@code dow} and {@code starttime} instead, the two joined the way PVE 7
 * converted them
 * @param nextRun when PVE will run it next; PVE 7.1+ only
 * @param vmids the guests listed explicitly
 * @param all every guest of the selected nodes, except {@code exclude}
 * @param pool a resource pool whose members are backed up; this client does not know the
 * members
 * @param mode {@code snapshot}, {@code suspend} or {@code stop}
 * @param pruneBackups retention as PVE writes it, e.g. {@code keep-daily=7,keep-weekly=4}
 */
public record BackupJob(String id, boolean enabled, @Nullable String schedule, @Nullable Instant nextRun,
		@Nullable String storage, Set<Integer> vmids, boolean all, Set<Integer> exclude, @Nullable String pool,
		@Nullable String mode, @Nullable String pruneBackups, @Nullable String comment) {

	static BackupJob from(JsonNode json) {
		Boolean enabled = PveValues.bool(json, "enabled");
		return new BackupJob(PveValues.requiredString(json, "id"), enabled == null || enabled, schedule(json),
				PveValues.epoch(json, "next-run"), PveValues.string(json, "storage"), ids(json, "vmid"),
				PveValues.flag(json, "all"), ids(json, "exclude"), PveValues.string(json, "pool"),
				PveValues.string(json, "mode"), prune(json), PveValues.string(json, "comment"));
	}

	/**
	 * Whether this job backs up {@code vmid}: it is enabled and lists the guest, or takes
	 * all guests and does not exclude it. Pool jobs answer false unless the guest is also
	 * listed, since pool membership is not part of the job;
	 * {@code GET /cluster/backup-info/not-backed-up} resolves pools on PVE's side.
	 */
	public boolean covers(int vmid) {
		return this.enabled && (this.vmids.contains(vmid) || (this.all && !this.exclude.contains(vmid)));
	}

	private static @Nullable String schedule(JsonNode json) {
		String schedule = PveValues.string(json, "schedule");
		String starttime = PveValues.string(json, "starttime");
		if (schedule != null || starttime == null) {
			return schedule;
		}
		String dow = PveValues.string(json, "dow");
		return (dow != null) ? dow + " " + starttime : starttime;
	}

	// comma or space separated, or a single number; never silently dropped
	private static Set<Integer> ids(JsonNode json, String field) {
		Set<Integer> ids = new LinkedHashSet<>();
		String list = PveValues.string(json, field);
		if (list != null) {
			for (String item : list.split("[,;\\s]+")) {
				if (item.isEmpty()) {
					continue;
				}
				if (!item.matches("\\d{1,9}")) {
					throw PveValues.protocol("'" + field + "' is not a list of VM IDs: " + list);
				}
				ids.add(Integer.valueOf(item));
			}
		}
		return Collections.unmodifiableSet(ids);
	}

	// a property string on the wire; some releases decode it into an object
	private static @Nullable String prune(JsonNode json) {
		JsonNode value = json.get("prune-backups");
		if (value == null || !value.isObject()) {
			return PveValues.string(json, "prune-backups");
		}
		StringBuilder text = new StringBuilder();
		value.properties()
			.forEach(e -> text.append(text.isEmpty() ? "" : ",")
				.append(e.getKey())
				.append('=')
				.append(e.getValue().asString()));
		return text.isEmpty() ? null : text.toString();
	}

}
