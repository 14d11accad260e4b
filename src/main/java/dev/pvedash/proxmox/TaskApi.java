package dev.pvedash.proxmox;

import java.util.List;
import java.util.Map;

import dev.pvedash.proxmox.internal.PveHttp;

/**
 * Task history, status and log (docs/proxmox-notes.md, Tasks and UPIDs); status and log
 * are read on the node the UPID names.
 */
final class TaskApi {

	private final PveHttp http;

	TaskApi(PveHttp http) {
		this.http = http;
	}

	List<TaskEntry> tasks(String node, TaskFilter filter) {
		Map<String, String> query = ((filter != null) ? filter : TaskFilter.all()).params().map();
		return PveValues.list(this.http.get(Paths.node(node) + "/tasks", query), "tasks", TaskEntry::from);
	}

	TaskStatus status(Upid upid) {
		return TaskStatus.from(this.http.get(Paths.task(requireUpid(upid)) + "/status", Map.of()), upid);
	}

	List<TaskLogLine> log(Upid upid, int start, int limit) {
		if (start < 0 || limit < 0) {
			throw new IllegalArgumentException("Task log start and limit must not be negative");
		}
		Map<String, String> query = Params.of().put("start", start).put("limit", limit).map();
		return PveValues.list(this.http.get(Paths.task(requireUpid(upid)) + "/log", query), "task log",
				TaskLogLine::from);
	}

	private static Upid requireUpid(Upid upid) {
		if (upid == null) {
			throw new IllegalArgumentException("Task id is required");
		}
		return upid;
	}

}
