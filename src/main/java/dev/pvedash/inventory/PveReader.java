package dev.pvedash.inventory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import dev.pvedash.proxmox.ClusterResources;
import dev.pvedash.proxmox.GuestConfig;
import dev.pvedash.proxmox.NodeResource;
import dev.pvedash.proxmox.NodeStatus;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.ProxmoxException;
import dev.pvedash.proxmox.TaskEntry;
import dev.pvedash.proxmox.TaskFilter;

/**
 * The PVE side of one cycle, kept to a constant number of calls (docs/polling.md): one
 * {@code /cluster/resources}, then per online node its status and its tasks since the
 * last read (each every 30 s by default; {@code /cluster/resources} already carries node
 * CPU and memory every cycle); per-guest config only for guests that are new, changed,
 * had activity, or are in the sweep, and at most {@code configReadsPerCycle} attempts. A
 * node or guest path PVE refuses is backed off on its own ({@link PathBackoff}). Not
 * thread-safe: only the poller's cycle uses it.
 */
final class PveReader {

	// overlap so a task that started in the second of the last read is not missed;
	// duplicates merge by UPID
	private static final Duration OVERLAP = Duration.ofSeconds(10);

	private final ProxmoxClient client;

	private final Duration sweepInterval;

	private final Duration taskInterval;

	private final Duration nodeStatusInterval;

	private final Map<String, Instant> tasksReadAt = new HashMap<>();

	private final Map<String, Instant> statusReadAt = new HashMap<>();

	/**
	 * Per node, PVE's words for why its status is missing (595, or a 403/500/501 being
	 * backed off).
	 */
	private final Map<String, String> nodeErrors = new HashMap<>();

	/**
	 * Nodes last seen offline or answering 595: their status is read again as soon as
	 * they are back.
	 */
	private final Set<String> down = new HashSet<>();

	private final PathBackoff backoff;

	private final ConfigReads configs;

	private long cycle;

	PveReader(ProxmoxClient client, PollingProperties properties) {
		this.client = client;
		this.sweepInterval = properties.sweepInterval();
		this.taskInterval = properties.taskInterval();
		this.nodeStatusInterval = properties.nodeStatusInterval();
		this.backoff = new PathBackoff(properties.sweepInterval());
		this.configs = new ConfigReads(client, this.backoff, properties.configReadsPerCycle());
	}

	/**
	 * Throws the {@link ProxmoxException} of the first call that fails for the whole
	 * endpoint.
	 */
	CycleRead read(Instant now, Map<Integer, StoredGuest> stored, Map<String, Instant> oldestRunningTask,
			Instant lastSweep) {
		this.cycle++;
		ClusterResources resources = this.client.clusterResources();
		if (resources.nodes().isEmpty() && resources.guests().isEmpty()) {
			// PVE always lists at least the node it runs on; an empty answer is a token
			// that may not see it
			// (privilege separation, docs/security.md F6), and must not empty the stored
			// inventory
			throw new ProxmoxException(ProxmoxException.Kind.PERMISSION, 200,
					"PVE listed no nodes: the token may lack Sys.Audit / VM.Audit (privilege-separated token?)");
		}
		// guests without node entries: the token has VM.Audit but not Sys.Audit; what it
		// sees is still data
		boolean nodesHidden = resources.nodes().isEmpty();
		Map<String, NodeStatus> statuses = new LinkedHashMap<>();
		Set<String> unreachable = new TreeSet<>();
		List<TaskEntry> tasks = new ArrayList<>();
		for (NodeResource node : resources.nodes()) {
			try {
				String path = "/nodes/" + node.node() + "/status";
				if (!node.online()) {
					// PVE only says "offline"; its 595 on the node's status tells the
					// owner why (F4): read at once
					// when the node goes down, then at the status interval, never every
					// cycle (recovery shows in
					// /cluster/resources anyway)
					boolean wentDown = this.down.add(node.node());
					if (wentDown || statusDue(node.node(), now)) {
						this.statusReadAt.put(node.node(), now);
						perPath(path, now, () -> this.client.nodeStatus(node.node()));
					}
					continue;
				}
				if (this.down.remove(node.node())) {
					this.statusReadAt.remove(node.node()); // back: read its status now,
															// the old reason goes
					this.nodeErrors.remove(node.node());
				}
				if (statusDue(node.node(), now) && this.backoff.due(path, this.cycle, now)) {
					NodeStatus status = perPath(path, now, () -> this.client.nodeStatus(node.node()));
					if (status != null) {
						statuses.put(node.node(), status);
						this.nodeErrors.remove(node.node());
					}
					this.statusReadAt.put(node.node(), now);
				}
				String taskPath = "/nodes/" + node.node() + "/tasks";
				if (taskListDue(node.node(), now) && this.backoff.due(taskPath, this.cycle, now)) {
					TaskFilter filter = taskFilter(node.node(), now, oldestRunningTask);
					List<TaskEntry> read = perPath(taskPath, now, () -> this.client.tasks(node.node(), filter));
					if (read != null) {
						tasks.addAll(read);
					}
					this.tasksReadAt.put(node.node(), now);
				}
			}
			catch (ProxmoxException ex) {
				if (ex.kind() != ProxmoxException.Kind.NODE_UNREACHABLE) {
					throw ex;
				}
				unreachable.add(node.node());
				this.nodeErrors.put(node.node(), Refusals.words(ex));
				this.down.add(node.node()); // online again, or still: asked again next
											// cycle
			}
		}
		boolean sweep = lastSweep == null || !now.isBefore(lastSweep.plus(this.sweepInterval));
		Set<Integer> due = ConfigReads.due(resources, stored, tasks, sweep);
		Map<Integer, String> configErrors = new HashMap<>();
		Map<Integer, GuestConfig> configs = this.configs.read(resources, due, unreachable, this.cycle, now,
				configErrors);
		due.removeAll(configs.keySet());
		if (this.backoff.any()) { // the paths of 2,000 guests are not built for nothing
			this.backoff.retainOnly(paths(resources));
		}
		Map<String, String> nodeErrors = new HashMap<>(this.nodeErrors);
		nodeErrors.keySet().retainAll(resources.nodes().stream().map(NodeResource::node).toList());
		return new CycleRead(resources, statuses, unreachable, tasks, configs, due, sweep, nodeErrors, configErrors,
				nodesHidden);
	}

	/**
	 * One read of one node's or guest's path. A refusal that concerns only this path (403
	 * missing privilege, 500, 501 "Method … not implemented" on an older host) returns
	 * null and backs the path off; the cycle goes on. Anything else (401, TLS, timeout,
	 * 595 …) is thrown for the caller.
	 */
	private <T> T perPath(String path, Instant now, Supplier<T> read) {
		try {
			T value = read.get();
			this.backoff.succeeded(path);
			return value;
		}
		catch (ProxmoxException ex) {
			if (!Refusals.pathLocal(ex)) {
				throw ex;
			}
			this.backoff.failed(path, this.cycle, now);
			if (path.endsWith("/status")) {
				this.nodeErrors.put(path.split("/")[2], Refusals.words(ex));
			}
			return null;
		}
	}

	private static Set<String> paths(ClusterResources resources) {
		Set<String> paths = new HashSet<>();
		resources.nodes()
			.forEach((n) -> paths.addAll(List.of("/nodes/" + n.node() + "/status", "/nodes/" + n.node() + "/tasks")));
		resources.guests().forEach((g) -> paths.add(ConfigReads.path(g)));
		return paths;
	}

	private boolean statusDue(String node, Instant now) {
		Instant last = this.statusReadAt.get(node);
		return last == null || !now.isBefore(last.plus(this.nodeStatusInterval));
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

}
