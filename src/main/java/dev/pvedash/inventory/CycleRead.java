package dev.pvedash.inventory;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.pvedash.proxmox.ClusterResources;
import dev.pvedash.proxmox.GuestConfig;
import dev.pvedash.proxmox.NodeStatus;
import dev.pvedash.proxmox.TaskEntry;

/**
 * Everything one cycle read from PVE, gathered before the single write transaction starts
 * (no HTTP while holding the database).
 *
 * @param unreachable nodes PVE lists online whose status answered 595: stored offline,
 * last values kept
 * @param configDue guests whose config should still be read in a later cycle (cap
 * reached)
 * @param swept this cycle started a full config sweep
 * @param nodeErrors per listed node, PVE's words for why its status is missing (595, 403,
 * 501 …)
 * @param configErrors per guest whose config read PVE refused this cycle, PVE's words
 * @param nodesHidden PVE listed guests but no node entries (token without Sys.Audit):
 * stored nodes are kept
 */
record CycleRead(ClusterResources resources, Map<String, NodeStatus> nodeStatus, Set<String> unreachable,
		List<TaskEntry> tasks, Map<Integer, GuestConfig> configs, Set<Integer> configDue, boolean swept,
		Map<String, String> nodeErrors, Map<Integer, String> configErrors, boolean nodesHidden) {
}
