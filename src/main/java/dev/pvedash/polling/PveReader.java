package dev.pvedash.polling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.pvedash.proxmox.ClusterResources;
import dev.pvedash.proxmox.GuestConfig;
import dev.pvedash.proxmox.GuestResource;
import dev.pvedash.proxmox.NodeResource;
import dev.pvedash.proxmox.NodeStatus;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.ProxmoxException;
import dev.pvedash.proxmox.TaskEntry;
import dev.pvedash.proxmox.TaskFilter;

/**
 * The PVE side of one cycle, kept to a constant number of calls (proxmox-api.md §11): one
 * {@code /cluster/resources}, then per online node its status and its tasks since the last read; per-guest
 * config only for guests that are new, changed, had activity, or are in the sweep, and at most
 * {@code configReadsPerCycle} of those. Not thread-safe: only the poller's cycle uses it.
 */
final class PveReader {

	// tasks that change what a config read shows: snapshots, backups (lock), config, disks, migration, restore
	private static final Set<String> CONFIG_ACTIVITY = Set.of("qmconfig", "vzconfig", "qmsnapshot", "vzsnapshot",
			"qmdelsnapshot", "vzdelsnapshot", "qmrollback", "vzrollback", "vzdump", "qmcreate", "vzcreate",
			"qmrestore", "vzrestore", "qmclone", "vzclone", "qmmove", "move_volume", "qmresize", "vzresize",
			"qmigrate", "vzmigrate", "qmtemplate", "vztemplate");

	// overlap so a task that started in the second of the last read is not missed; duplicates merge by UPID
	private static final Duration OVERLAP = Duration.ofSeconds(10);

	private final ProxmoxClient client;

	private final int configReadsPerCycle;

	private final Duration sweepInterval;

	private final Duration taskInterval;

	private final Map<String, Instant> tasksReadAt = new HashMap<>();

	PveReader(ProxmoxClient client, PollingProperties properties) {
		this.client = client;
		this.configReadsPerCycle = properties.configReadsPerCycle();
		this.sweepInterval = properties.sweepInterval();
		this.taskInterval = properties.taskInterval();
	}

	/** Throws the {@link ProxmoxException} of the first call that fails for the whole endpoint. */
	CycleRead read(Instant now, Map<Integer, StoredGuest> stored, Map<String, Instant> oldestRunningTask,
			Instant lastSweep) {
		ClusterResources resources = this.client.clusterResources();
		if (resources.nodes().isEmpty()) {
			// PVE always lists at least the node it runs on; an empty answer is a token that may not see it
			// (privilege separation, quality-bar F6), and must not empty the stored inventory
			throw new ProxmoxException(ProxmoxException.Kind.PERMISSION, 200,
					"PVE listed no nodes: the token may lack Sys.Audit / VM.Audit (privilege-separated token?)");
		}
		Map<String, NodeStatus> statuses = new LinkedHashMap<>();
		Set<String> unreachable = new TreeSet<>();
		List<TaskEntry> tasks = new ArrayList<>();
		for (NodeResource node : resources.nodes()) {
			if (!node.online()) {
				continue;
			}
			try {
				notImplementedAsNull(() -> statuses.put(node.node(), this.client.nodeStatus(node.node())));
				if (taskListDue(node.node(), now)) {
					notImplementedAsNull(() -> tasks
						.addAll(this.client.tasks(node.node(), taskFilter(node.node(), now, oldestRunningTask))));
					this.tasksReadAt.put(node.node(), now);
				}
			}
			catch (ProxmoxException ex) {
				if (ex.kind() != ProxmoxException.Kind.NODE_UNREACHABLE) {
					throw ex;
				}
				unreachable.add(node.node());
			}
		}
		boolean sweep = lastSweep == null || !now.isBefore(lastSweep.plus(this.sweepInterval));
		Set<Integer> due = due(resources, stored, tasks, sweep);
		Map<Integer, GuestConfig> configs = readConfigs(resources, due, statuses.keySet());
		due.removeAll(configs.keySet());
		return new CycleRead(resources, statuses, unreachable, tasks, configs, due, sweep);
	}

	/**
	 * An endpoint the host does not offer (501 "Method … not implemented", older PVE or a recording lacking it)
	 * leaves that part "not available" instead of failing the whole cycle.
	 */
	private static void notImplementedAsNull(Runnable call) {
		try {
			call.run();
		}
		catch (ProxmoxException ex) {
			if (ex.status() != 501) {
				throw ex;
			}
		}
	}

	private boolean taskListDue(String node, Instant now) {
		Instant last = this.tasksReadAt.get(node);
		return last == null || !now.isBefore(last.plus(this.taskInterval));
	}

	private TaskFilter taskFilter(String node, Instant now, Map<String, Instant> oldestRunningTask) {
		Instant since = this.tasksReadAt.getOrDefault(node, TaskRetention.horizon(now)).minus(OVERLAP);
		Instant running = oldestRunningTask.get(node);
		if (running != null && running.isBefore(since)) {
			since = running; // read it again until PVE reports its end
		}
		return TaskFilter.all().withSince(since).withLimit(TaskRetention.PER_NODE);
	}

	private static Set<Integer> due(ClusterResources resources, Map<Integer, StoredGuest> stored,
			List<TaskEntry> tasks, boolean sweep) {
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

	private Map<Integer, GuestConfig> readConfigs(ClusterResources resources, Set<Integer> due,
			Set<String> reachable) {
		Map<Integer, GuestConfig> configs = new HashMap<>();
		for (GuestResource guest : resources.guests()) {
			if (configs.size() >= this.configReadsPerCycle) {
				break;
			}
			if (due.contains(guest.vmid()) && reachable.contains(guest.node())) {
				try {
					configs.put(guest.vmid(), this.client.guestConfig(guest.node(), guest.type(), guest.vmid()));
				}
				catch (ProxmoxException ex) {
					if (ex.kind() != ProxmoxException.Kind.SERVER) {
						throw ex;
					}
					if (ex.status() == 501) {
						due.remove(guest.vmid()); // not offered by this host: asking again every cycle won't help
					}
					// otherwise removed or locked since /cluster/resources: stays due for the next cycle
				}
			}
		}
		return configs;
	}

}
