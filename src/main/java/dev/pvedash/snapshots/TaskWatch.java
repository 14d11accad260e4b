package dev.pvedash.snapshots;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.pvedash.inventory.TaskView;

/**
 * Turns the stored task list into "these guests changed their snapshots". After the first
 * look, a task counts once when it appears and once when it ends, whatever the host's
 * clock says; on the first look (after a start) only tasks newer than the guest's last
 * read count.
 */
final class TaskWatch {

	static final Set<String> TYPES = Set.of("qmsnapshot", "vzsnapshot", "qmdelsnapshot", "vzdelsnapshot", "qmrollback",
			"vzrollback");

	private final Set<String> seen = new HashSet<>();

	private boolean started;

	/** The guests whose lists changed since the previous look. */
	Set<Integer> changed(List<TaskView> tasks, Map<Integer, GuestSyncState> states) {
		Set<Integer> changed = new TreeSet<>();
		Set<String> now = new HashSet<>();
		for (TaskView task : tasks) {
			if (task.vmid() == null || !states.containsKey(task.vmid())) {
				continue;
			}
			String key = task.upid() + ((task.ended() != null) ? "|ended" : "|running");
			now.add(key);
			if (this.started ? !this.seen.contains(key) : newer(task, states.get(task.vmid()))) {
				changed.add(task.vmid());
			}
		}
		this.seen.clear();
		this.seen.addAll(now); // only the query window is kept: memory stays bounded
		this.started = true;
		return changed;
	}

	private static boolean newer(TaskView task, GuestSyncState state) {
		Instant at = (task.ended() != null) ? task.ended() : task.started();
		return state.readAt() != null && at != null && at.isAfter(state.readAt());
	}

}
