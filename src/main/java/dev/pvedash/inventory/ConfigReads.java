package dev.pvedash.inventory;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.pvedash.proxmox.ClusterResources;
import dev.pvedash.proxmox.GuestConfig;
import dev.pvedash.proxmox.GuestResource;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.ProxmoxException;
import dev.pvedash.proxmox.TaskEntry;

/**
 * Per-guest config reads of one cycle (docs/polling.md): only guests that are new,
 * changed, had activity or are in the sweep, at most {@code perCycle} attempts, skipping
 * guests on offline nodes and paths PVE refused recently ({@link PathBackoff}). Not
 * thread-safe: only the poller's cycle uses it.
 */
final class ConfigReads {

	// tasks that change what a config read shows: snapshots, backups (lock), config,
	// disks, migration, restore
	private static final Set<String> CONFIG_ACTIVITY = Set.of("qmconfig", "vzconfig", "qmsnapshot", "vzsnapshot",
			"qmdelsnapshot", "vzdelsnapshot", "qmrollback", "vzrollback", "vzdump", "qmcreate", "vzcreate", "qmrestore",
			"vzrestore", "qmclone", "vzclone", "qmmove", "move_volume", "qmresize", "vzresize", "qmigrate", "vzmigrate",
			"qmtemplate", "vztemplate");

	private final ProxmoxClient client;

	private final PathBackoff backoff;

	private final int perCycle;

	ConfigReads(ProxmoxClient client, PathBackoff backoff, int perCycle) {
		this.client = client;
		this.backoff = backoff;
		this.perCycle = perCycle;
	}

	static Set<Integer> due(ClusterResources resources, Map<Integer, StoredGuest> stored, List<TaskEntry> tasks,
			boolean sweep) {
		Set<Integer> due = new TreeSet<>();
		for (GuestResource guest : resources.guests()) {
			StoredGuest before = stored.get(guest.vmid());
			if (sweep || before == null || before.configDue() || before.configAsOf() == null
					|| before.differsFrom(guest)) {
				due.add(guest.vmid());
			}
		}
		for (TaskEntry task : tasks) {
			if (task.upid().vmid() != null && CONFIG_ACTIVITY.contains(task.upid().type())) {
				due.add(task.upid().vmid());
			}
		}
		return due;
	}

	/**
	 * @param errors filled with PVE's words per guest whose read was refused
	 */
	Map<Integer, GuestConfig> read(ClusterResources resources, Set<Integer> due, Set<String> unreachable, long cycle,
			Instant now, Map<Integer, String> errors) {
		Set<String> offline = new TreeSet<>(unreachable);
		resources.nodes().stream().filter((n) -> !n.online()).forEach((n) -> offline.add(n.node()));
		Map<Integer, GuestConfig> configs = new HashMap<>();
		int attempts = 0; // attempts, not successes: 2000 guests answering 501 must not
							// mean 2000 requests
		for (GuestResource guest : resources.guests()) {
			if (attempts >= this.perCycle) {
				break;
			}
			String path = path(guest);
			if (!due.contains(guest.vmid()) || offline.contains(guest.node()) || !this.backoff.due(path, cycle, now)) {
				continue;
			}
			attempts++;
			try {
				configs.put(guest.vmid(), this.client.guestConfig(guest.node(), guest.type(), guest.vmid()));
				this.backoff.succeeded(path);
			}
			catch (ProxmoxException ex) {
				if (!Refusals.pathLocal(ex)) {
					throw ex;
				}
				// 501 on an older host, 403 without VM.Audit, 500 removed or locked since
				// /cluster/resources:
				// stays due, asked again only as the back-off allows (docs/polling.md)
				this.backoff.failed(path, cycle, now);
				errors.put(guest.vmid(), Refusals.words(ex));
			}
		}
		return configs;
	}

	static String path(GuestResource guest) {
		return "/nodes/" + guest.node() + "/" + guest.type().wire() + "/" + guest.vmid() + "/config";
	}

}
