package dev.pvedash.inventory;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import dev.pvedash.proxmox.ClusterResources;
import dev.pvedash.proxmox.NodeStatus;

/**
 * Published after a poll cycle's write committed, with what that cycle read from PVE, so
 * other modules (metrics history) can use the figures without asking PVE again. Listeners
 * run on the poller's thread: keep them short and never call PVE from them.
 *
 * @param at when the cycle started (the poller's clock)
 * @param nodeStatus per reachable online node whose status was read this cycle (every 30
 * s by default, see docs/polling.md); nodes not due, or refusing it (403, 501), are
 * missing: use the resources' figures
 * @param unreachable nodes PVE lists online whose status answered 595
 */
public record CyclePolled(Instant at, ClusterResources resources, Map<String, NodeStatus> nodeStatus,
		Set<String> unreachable) {

	public CyclePolled {
		nodeStatus = Map.copyOf(nodeStatus);
		unreachable = Set.copyOf(unreachable);
	}

}
