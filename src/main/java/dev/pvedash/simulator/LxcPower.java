package dev.pvedash.simulator;

import org.jspecify.annotations.Nullable;

import dev.pvedash.simulator.TaskRunner.Failure;
import dev.pvedash.simulator.TaskRunner.Phase;

/**
 * Container power actions as pve-container does them: the run state is checked before
 * forking for every action ("CT 200 already running", "CT 200 not running"; reboot says
 * "VM 200 not running", as the source does), the lock and template checks inside the
 * worker. Suspend is {@code lxc-checkpoint -s}, which stops the container; resume
 * restores that checkpoint.
 */
final class LxcPower {

	static final double START = 2;

	static final double STOP = 1;

	static final double CHECKPOINT = 2;

	private static final int DEFAULT_SHUTDOWN_TIMEOUT = 60;

	private final TaskRunner runner;

	LxcPower(TaskRunner runner) {
		this.runner = runner;
	}

	String start(Target target) {
		Guest guest = target.guest();
		if (guest.running()) {
			throw ApiError.failed("CT " + target.vmid() + " already running");
		}
		Task task = this.runner.create(target.node(), "vzstart", target.id(), target.principal());
		try {
			if (guest.template()) {
				throw new Failure("you can't start a CT if it's a template");
			}
			target.checkLock();
		}
		catch (Failure failure) {
			return this.runner.fail(task, failure.getMessage());
		}
		return this.runner.run(task,
				new Phase(START, (t, now) -> guest.start(now, this.runner.pid(), "running", false)));
	}

	String stop(Target target) {
		requireRunning(target, "CT");
		Task task = this.runner.create(target.node(), "vzstop", target.id(), target.principal());
		return locked(task, target, STOP, (t, now) -> target.guest().stop(now));
	}

	String shutdown(Target target, @Nullable Integer timeout, boolean forceStop) {
		requireRunning(target, "CT");
		Task task = this.runner.create(target.node(), "vzshutdown", target.id(), target.principal());
		int needs = target.guest().profile().shutdownSeconds();
		int limit = (timeout != null) ? timeout : DEFAULT_SHUTDOWN_TIMEOUT;
		if (needs <= limit) {
			return locked(task, target, needs, (t, now) -> target.guest().stop(now));
		}
		if (forceStop) {
			return locked(task, target, limit, (t, now) -> {
				t.warn("shutdown timed out - forcing stop");
				target.guest().stop(now);
			});
		}
		return locked(task, target, limit, (t, now) -> {
			throw new Failure("container did not stop");
		});
	}

	String reboot(Target target) {
		requireRunning(target, "VM");
		Guest guest = target.guest();
		Task task = this.runner.create(target.node(), "vzreboot", target.id(), target.principal());
		return this.runner.run(task, new Phase(guest.profile().shutdownSeconds(), (t, now) -> guest.stop(now)),
				new Phase(START, (t, now) -> guest.start(now, this.runner.pid(), "running", false)));
	}

	String suspend(Target target) {
		requireRunning(target, "CT");
		Task task = this.runner.create(target.node(), "vzsuspend", target.id(), target.principal());
		return locked(task, target, CHECKPOINT, (t, now) -> {
			target.guest().stop(now);
			target.guest().checkpointed(true);
		});
	}

	String resume(Target target) {
		Guest guest = target.guest();
		if (guest.running()) {
			throw ApiError.failed("CT " + target.vmid() + " already running");
		}
		Task task = this.runner.create(target.node(), "vzresume", target.id(), target.principal());
		return this.runner.run(task, new Phase(CHECKPOINT, (t, now) -> {
			if (!guest.checkpointed()) {
				throw new Failure("command 'lxc-checkpoint -n " + guest.vmid()
						+ " -r --foreground -D /var/lib/vz/dump' failed: exit code 1");
			}
			guest.checkpointed(false);
			guest.start(now, this.runner.pid(), "running", false);
		}));
	}

	private String locked(Task task, Target target, double seconds, TaskRunner.Step step) {
		try {
			target.checkLock();
		}
		catch (Failure failure) {
			return this.runner.fail(task, failure.getMessage());
		}
		return this.runner.run(task, new Phase(seconds, step));
	}

	private static void requireRunning(Target target, String noun) {
		if (!target.guest().running()) {
			throw ApiError.failed(noun + " " + target.vmid() + " not running");
		}
	}

}
