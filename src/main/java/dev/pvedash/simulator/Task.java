package dev.pvedash.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;

/**
 * A worker task: running until its last phase ends, then stopped with an exit status of
 * {@code OK}, {@code WARNINGS: n} or the error text, and a log whose last line says so
 * (docs/proxmox-notes.md, Tasks and UPIDs).
 */
final class Task {

	private final TaskId upid;

	private final List<String> log = new ArrayList<>();

	private final List<Future<?>> pending = new ArrayList<>();

	private @Nullable String exitstatus;

	private long endtime;

	private int warnings;

	Task(TaskId upid) {
		this.upid = upid;
	}

	/** An archived task, e.g. last week's backup, already finished. */
	static Task finished(TaskId upid, long endtime, List<String> lines) {
		Task task = new Task(upid);
		lines.forEach(task::log);
		task.succeed(endtime);
		return task;
	}

	/**
	 * An archived task that ended with {@code error}, e.g. a vzdump run that ended with
	 * "job errors".
	 */
	static Task failed(TaskId upid, long endtime, List<String> lines, String error) {
		Task task = new Task(upid);
		lines.forEach(task::log);
		task.fail(error, endtime);
		return task;
	}

	TaskId upid() {
		return this.upid;
	}

	boolean running() {
		return this.exitstatus == null;
	}

	@Nullable String exitstatus() {
		return this.exitstatus;
	}

	long endtime() {
		return this.endtime;
	}

	List<String> log() {
		return this.log;
	}

	void log(String line) {
		this.log.add(line);
	}

	void warn(String line) {
		this.warnings++;
		this.log.add("WARN: " + line);
	}

	void succeed(long now) {
		this.exitstatus = (this.warnings == 0) ? "OK" : "WARNINGS: " + this.warnings;
		this.log.add("TASK " + this.exitstatus);
		this.endtime = now;
	}

	void fail(String error, long now) {
		this.exitstatus = error;
		this.log.add("TASK ERROR: " + error);
		this.endtime = now;
		cancelPending();
	}

	void pending(Future<?> future) {
		this.pending.add(future);
	}

	private void cancelPending() {
		this.pending.forEach(future -> future.cancel(false));
		this.pending.clear();
	}

}
