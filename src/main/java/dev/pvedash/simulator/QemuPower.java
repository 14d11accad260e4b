package dev.pvedash.simulator;

import org.jspecify.annotations.Nullable;

import dev.pvedash.simulator.TaskRunner.Failure;
import dev.pvedash.simulator.TaskRunner.Phase;

/**
 * VM power actions as qemu-server does them: only suspend, reboot, reset and resume check
 * the run state before forking; start, stop and shutdown find out inside the worker ("VM
 * 101 already running"). Start passes through {@code prelaunch}; suspend to RAM is a
 * {@code qmpause} task, to disk a {@code qmsuspend} that leaves the VM stopped with
 * {@code lock: suspended}.
 */
final class QemuPower {

	static final double START = 2;

	static final double STOP = 1;

	static final double PAUSE = 1;

	static final double HIBERNATE = 4;

	private static final int DEFAULT_SHUTDOWN_TIMEOUT = 60;

	private final TaskRunner runner;

	QemuPower(TaskRunner runner) {
		this.runner = runner;
	}

	String start(Target target) {
		Guest guest = target.guest();
		Task task = this.runner.create(target.node(), "qmstart", target.id(), target.principal());
		try {
			if (guest.template()) {
				throw new Failure("you can't start a vm if it's a template");
			}
			boolean suspended = "suspended".equals(guest.lock());
			if (!suspended) {
				target.checkLock();
			}
			if (guest.running()) {
				throw new Failure("VM " + target.vmid() + " already running");
			}
			if (suspended) {
				task.log("Resuming suspended VM");
			}
		}
		catch (Failure failure) {
			return this.runner.fail(task, failure.getMessage());
		}
		return launch(task, guest);
	}

	String stop(Target target) {
		Task task = this.runner.create(target.node(), "qmstop", target.id(), target.principal());
		return stopTask(task, target, STOP, null);
	}

	String shutdown(Target target, @Nullable Integer timeout, boolean forceStop) {
		Guest guest = target.guest();
		boolean paused = "paused".equals(guest.qmpstatus());
		if (paused && !forceStop) {
			throw ApiError.failed("VM is paused - cannot shutdown");
		}
		Task task = this.runner.create(target.node(), "qmshutdown", target.id(), target.principal());
		int needs = guest.profile().shutdownSeconds();
		int limit = (timeout != null) ? timeout : DEFAULT_SHUTDOWN_TIMEOUT;
		if (!guest.running() || paused || needs <= limit) {
			return stopTask(task, target, paused ? STOP : needs, null);
		}
		if (forceStop) {
			return stopTask(task, target, limit, "VM still running - terminating now with SIGTERM");
		}
		try {
			target.checkLock();
		}
		catch (Failure failure) {
			return this.runner.fail(task, failure.getMessage());
		}
		return this.runner.run(task, new Phase(limit, (t, now) -> {
			throw new Failure("VM quit/powerdown failed - got timeout");
		}));
	}

	String reboot(Target target) {
		Guest guest = target.guest();
		if ("paused".equals(guest.qmpstatus())) {
			throw ApiError.failed("VM is paused - cannot shutdown");
		}
		requireRunning(target);
		Task task = this.runner.create(target.node(), "qmreboot", target.id(), target.principal());
		try {
			target.checkLock();
		}
		catch (Failure failure) {
			return this.runner.fail(task, failure.getMessage());
		}
		return this.runner.run(task, new Phase(guest.profile().shutdownSeconds(), (t, now) -> {
			guest.stop(now);
			guest.start(now, this.runner.pid(), "prelaunch", false);
		}), new Phase(START, (t, now) -> guest.qmpstatus("running")));
	}

	String reset(Target target) {
		requireRunning(target);
		Task task = this.runner.create(target.node(), "qmreset", target.id(), target.principal());
		return simple(task, target, 0.5, (t, now) -> {
		});
	}

	String suspend(Target target, boolean todisk) {
		Guest guest = target.guest();
		requireRunning(target);
		if (todisk && guest.config().keySet().stream().anyMatch(key -> key.startsWith("hostpci"))) {
			throw ApiError.failed("cannot suspend VM to disk due to passed-through PCI device(s), which lack the "
					+ "possibility to save/restore their internal state");
		}
		Task task = this.runner.create(target.node(), todisk ? "qmsuspend" : "qmpause", target.id(),
				target.principal());
		if (!todisk) {
			return simple(task, target, PAUSE, (t, now) -> guest.qmpstatus("paused"));
		}
		try {
			target.checkLock();
		}
		catch (Failure failure) {
			return this.runner.fail(task, failure.getMessage());
		}
		guest.lock("suspending");
		task.log("suspend to disk");
		return this.runner.run(task, new Phase(HIBERNATE, (t, now) -> {
			guest.stop(now);
			guest.lock("suspended");
			guest.config()
				.put("vmstate", "local-lvm:vm-" + guest.vmid() + "-state-suspend-" + ReferenceHomelab.day(now));
		}));
	}

	String resume(Target target) {
		Guest guest = target.guest();
		boolean fromDisk = "suspended".equals(guest.lock());
		if (!fromDisk) {
			requireRunning(target);
		}
		Task task = this.runner.create(target.node(), "qmresume", target.id(), target.principal());
		if (fromDisk) {
			return launch(task, guest);
		}
		return simple(task, target, PAUSE, (t, now) -> guest.qmpstatus("running"));
	}

	/**
	 * Starts the QEMU process paused ({@code prelaunch}) and resumes it when the task
	 * ends.
	 */
	private String launch(Task task, Guest guest) {
		guest.start(this.runner.now(), this.runner.pid(), "prelaunch", false);
		return this.runner.run(task, new Phase(START, (t, now) -> {
			guest.qmpstatus("running");
			if ("suspended".equals(guest.lock())) {
				guest.lock(null);
				guest.config().remove("vmstate");
			}
		}));
	}

	/** Stop and shutdown: a VM that is already off ends OK without doing anything. */
	private String stopTask(Task task, Target target, double seconds, @Nullable String warning) {
		Guest guest = target.guest();
		return simple(task, target, guest.running() ? seconds : TaskRunner.QUICK, (t, now) -> {
			if (warning != null && guest.running()) {
				t.warn(warning);
			}
			guest.stop(now);
		});
	}

	private String simple(Task task, Target target, double seconds, TaskRunner.Step step) {
		try {
			target.checkLock();
		}
		catch (Failure failure) {
			return this.runner.fail(task, failure.getMessage());
		}
		return this.runner.run(task, new Phase(seconds, step));
	}

	private static void requireRunning(Target target) {
		if (!target.guest().running()) {
			throw ApiError.failed("VM " + target.vmid() + " not running");
		}
	}

}
