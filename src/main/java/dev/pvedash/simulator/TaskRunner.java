package dev.pvedash.simulator;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs worker tasks: a task is created (UPID handed out at once), then its phases run one
 * after another, each after its duration times the configured time scale, under the
 * {@link Homelab} lock. A phase that throws {@link Failure} ends the task with that error
 * as exit status, like a {@code die} in a PVE worker.
 */
final class TaskRunner {

	private static final Logger log = LoggerFactory.getLogger(TaskRunner.class);

	/** How long a worker takes to notice a failed precondition (lock, state) and exit. */
	static final double QUICK = 0.3;

	/** One step of a task: runs {@code seconds} after the previous one. */
	record Phase(double seconds, Step step) {
	}

	@FunctionalInterface
	interface Step {

		void run(Task task, long now);

	}

	/**
	 * A worker's {@code die}: the message becomes the exit status and the last log line.
	 */
	static final class Failure extends RuntimeException {

		Failure(String message) {
			super(message, null, false, false);
		}

	}

	private final Homelab lab;

	private final Clock clock;

	private final double timeScale;

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "pve-simulator-tasks");
		thread.setDaemon(true);
		return thread;
	});

	TaskRunner(Homelab lab, Clock clock, double timeScale) {
		this.lab = lab;
		this.clock = clock;
		this.timeScale = timeScale;
	}

	long now() {
		return this.clock.instant().getEpochSecond();
	}

	/** A process id for a new worker or guest process. */
	int pid() {
		return this.lab.nextPid();
	}

	/**
	 * A new running task owned by the caller (a token owner reads
	 * {@code user@realm!token}).
	 */
	Task create(SimNode node, String type, String id, Principal owner) {
		long now = now();
		TaskId upid = new TaskId(node.name(), this.lab.nextPid(), node.ticksAt(now), now, type, id, owner.owner());
		Task task = new Task(upid);
		this.lab.add(task);
		return task;
	}

	/** Schedules the phases and returns the UPID for the HTTP answer. */
	String run(Task task, Phase... phases) {
		schedule(task, List.of(phases), 0);
		return task.upid().toString();
	}

	/**
	 * A precondition failed inside the worker: the task still starts, and fails a moment
	 * later.
	 */
	String fail(Task task, String error) {
		return run(task, new Phase(QUICK, (t, now) -> {
			throw new Failure(error);
		}));
	}

	/**
	 * {@code DELETE …/tasks/{upid}}: stops the worker where it is, leaving any lock it
	 * took.
	 */
	void abort(Task task) {
		if (task.running()) {
			task.fail("interrupted by signal", now());
		}
	}

	void close() {
		this.executor.shutdownNow();
	}

	private void schedule(Task task, List<Phase> phases, int index) {
		long delay = Math.round(phases.get(index).seconds() * 1000 * this.timeScale);
		task.pending(this.executor.schedule(() -> runPhase(task, phases, index), delay, TimeUnit.MILLISECONDS));
	}

	private void runPhase(Task task, List<Phase> phases, int index) {
		synchronized (this.lab) {
			if (!task.running()) {
				return;
			}
			long now = now();
			try {
				phases.get(index).step().run(task, now);
			}
			catch (Failure failure) {
				task.fail(failure.getMessage(), now);
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Simulated task {} broke", task.upid(), ex);
				task.fail("simulator error: " + ex.getMessage(), now);
				return;
			}
			if (index + 1 < phases.size()) {
				schedule(task, phases, index + 1);
			}
			else {
				task.succeed(now);
			}
		}
	}

}
