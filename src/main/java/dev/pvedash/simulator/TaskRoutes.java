package dev.pvedash.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Task history, status and log (docs/proxmox-notes.md, Tasks and UPIDs). The list shows
 * finished tasks by default ({@code source=archive}), newest first, with {@code total}
 * beside {@code data}; an unknown UPID is a 400 "no such task". A token without
 * {@code Sys.Audit} sees only its own tasks.
 */
final class TaskRoutes {

	private final Homelab lab;

	private final AccessControl permissions;

	private final TaskRunner runner;

	TaskRoutes(Homelab lab, AccessControl permissions, TaskRunner runner) {
		this.lab = lab;
		this.permissions = permissions;
		this.runner = runner;
	}

	void register(Router router) {
		router.get("/nodes/{node}/tasks", this::list);
		router.get("/nodes/{node}/tasks/{upid}", call -> {
			task(call);
			return List.of(Map.of("name", "log"), Map.of("name", "status"));
		});
		router.get("/nodes/{node}/tasks/{upid}/status", call -> status(task(call)));
		router.get("/nodes/{node}/tasks/{upid}/log", this::log);
		router.delete("/nodes/{node}/tasks/{upid}", call -> {
			Task task = task(call);
			if (!task.upid().user().equals(call.principal().owner())) {
				this.permissions.check(call.principal(), "/nodes/" + task.upid().node(), "Sys.Modify");
			}
			this.runner.abort(task);
			return null;
		});
	}

	private ApiResponse list(Call call) {
		SimNode node = this.lab.requireNode(call.var("node"));
		String source = Call.oneOf("source", (call.param("source") != null) ? call.param("source") : "archive",
				"archive", "active", "all");
		Predicate<Task> filter = filter(call, source);
		List<Task> matching = this.lab.tasks(node.name())
			.stream()
			.filter(filter)
			.sorted(Comparator.comparingLong((Task t) -> t.upid().starttime()).reversed())
			.toList();
		Integer start = call.integer("start", 0);
		Integer limit = call.integer("limit", 0);
		int from = Math.min((start != null) ? start : 0, matching.size());
		int to = Math.min(from + ((limit != null) ? limit : 50), matching.size());
		List<Map<String, Object>> items = new ArrayList<>();
		for (Task task : matching.subList(from, to)) {
			Map<String, Object> item = decoded(task);
			if (!task.running()) {
				item.put("endtime", task.endtime());
			}
			item.put("status", task.running() ? "RUNNING" : task.exitstatus());
			items.add(item);
		}
		return ApiResponse.ok(items).with("total", matching.size());
	}

	private Predicate<Task> filter(Call call, String source) {
		Integer vmid = call.integer("vmid", 0);
		String type = call.param("typefilter");
		String user = call.param("userfilter");
		String statuses = call.param("statusfilter");
		boolean errorsOnly = call.flag("errors");
		Integer since = call.integer("since", 0);
		Integer until = call.integer("until", 0);
		boolean audit = this.permissions.granted(call.principal()).contains("Sys.Audit");
		String owner = call.principal().owner();
		return task -> (source.equals("all") || source.equals("active") == task.running())
				&& (audit || task.upid().user().equals(owner))
				&& (vmid == null || task.upid().id().equals(String.valueOf(vmid)))
				&& (type == null || task.upid().type().equals(type))
				&& (user == null || task.upid().user().toLowerCase(Locale.ROOT).contains(user.toLowerCase(Locale.ROOT)))
				&& (statuses == null || List.of(statuses.split("[,;\\s]+")).contains(category(task)))
				&& (!errorsOnly || category(task).equals("error"))
				&& (since == null || task.upid().starttime() >= since)
				&& (until == null || task.upid().starttime() <= until);
	}

	/** statusfilter's vocabulary: ok, warning, error, unknown. */
	private static String category(Task task) {
		String exit = task.exitstatus();
		if (exit == null) {
			return "unknown";
		}
		if (exit.equals("OK")) {
			return "ok";
		}
		return exit.startsWith("WARNINGS: ") ? "warning" : "error";
	}

	private Map<String, Object> status(Task task) {
		Map<String, Object> status = decoded(task);
		status.put("status", task.running() ? "running" : "stopped");
		if (!task.running()) {
			status.put("exitstatus", task.exitstatus());
		}
		return status;
	}

	private ApiResponse log(Call call) {
		Task task = task(call);
		Integer start = call.integer("start", 0);
		Integer limit = call.integer("limit", 0);
		List<String> lines = task.log();
		int from = Math.min((start != null) ? start : 0, lines.size());
		int to = Math.min(from + ((limit != null) ? limit : 50), lines.size());
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = from; i < to; i++) {
			items.add(Map.of("n", i + 1, "t", lines.get(i)));
		}
		return ApiResponse.ok(items).with("total", lines.size());
	}

	private static Map<String, Object> decoded(Task task) {
		TaskId upid = task.upid();
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("upid", upid.toString());
		item.put("node", upid.node());
		item.put("pid", upid.pid());
		item.put("pstart", upid.pstart());
		item.put("starttime", upid.starttime());
		item.put("type", upid.type());
		item.put("id", upid.id());
		item.put("user", upid.userid());
		String tokenid = upid.tokenid();
		if (tokenid != null) {
			item.put("tokenid", tokenid);
		}
		return item;
	}

	private Task task(Call call) {
		SimNode node = this.lab.requireNode(call.var("node"));
		TaskId upid = TaskId.parse(call.var("upid"));
		if (upid == null) {
			throw ApiError.parameter("upid", "unable to parse worker upid '" + call.var("upid") + "'");
		}
		Task task = upid.node().equals(node.name()) ? this.lab.task(upid) : null;
		if (task == null) {
			throw ApiError.parameter("upid", "no such task");
		}
		if (!upid.user().equals(call.principal().owner())) {
			this.permissions.check(call.principal(), "/nodes/" + node.name(), "Sys.Audit");
		}
		return task;
	}

}
