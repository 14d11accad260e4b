package dev.pvedash.guests;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.pvedash.inventory.TaskView;
import dev.pvedash.proxmox.Upid;
import dev.pvedash.inventory.TaskState;

/**
 * The guest page's "Recent tasks": PVE's task list as the poller last read it, plus the
 * dashboard's own tasks it has not read yet. The poller reads task lists every 30 s, so
 * without these a task that just ended on this page would be missing for up to that long
 * (docs/actions.md, "The guest page").
 */
final class RecentTasks {

	private RecentTasks() {
	}

	/** Newest first; a task in both lists is shown once, as PVE's list has it. */
	static List<TaskView> merge(List<TaskView> read, List<ActionRecord> own, int limit) {
		Set<String> known = read.stream().map(TaskView::upid).collect(Collectors.toSet());
		Stream<TaskView> ours = own.stream()
			.filter(action -> action.upid() != null && !known.contains(action.upid()))
			.map(RecentTasks::view);
		return Stream.concat(read.stream(), ours)
			.sorted(Comparator.comparing(TaskView::started, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(TaskView::upid, Comparator.reverseOrder()))
			.limit(limit)
			.toList();
	}

	/**
	 * As PVE's task list would say it: running, ok, failed; an action whose end is
	 * unknown says so.
	 */
	static TaskView view(ActionRecord action) {
		Upid upid = Upid.parse(action.upid());
		TaskState status = switch (action.state()) {
			case OK -> TaskState.OK;
			case FAILED -> TaskState.FAILED;
			case CLAIMED, RUNNING -> TaskState.RUNNING;
			case NOT_SENT, UNKNOWN -> TaskState.UNKNOWN;
		};
		return new TaskView(action.upid(), upid.node(), action.vmid(), upid.type(), upid.user(), upid.starttime(),
				action.endedAt(), status, action.failed() ? action.exitStatus() : null);
	}

}
