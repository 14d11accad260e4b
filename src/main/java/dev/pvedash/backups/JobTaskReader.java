package dev.pvedash.backups;

import static dev.pvedash.system.TextColumns.clip;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import dev.pvedash.backups.JobTaskRepository.JobTask;
import dev.pvedash.backups.VzdumpLog.Outcome;
import dev.pvedash.backups.VzdumpLog.Result;
import dev.pvedash.inventory.TaskView;
import dev.pvedash.proxmox.ProxmoxException;

/**
 * Attributes a backup job's vzdump task to its guests: a task over several guests has an
 * empty id, so its log is read once, in the background sync, and each guest's outcome is
 * offered as that guest's last task (docs/backups.md, "Backup jobs over several guests").
 * A read that fails is tried again later with a growing back-off; a 400 ("no such task")
 * or an id that is not a UPID ends it.
 */
@Component
class JobTaskReader {

	private static final Logger log = LoggerFactory.getLogger(JobTaskReader.class);

	/** Lines per request: a nightly job over a homelab's guests fits in one. */
	static final int PAGE = 5_000;

	/**
	 * A longer log is cut here; a guest it leaves unfinished is not counted as failed.
	 */
	static final int MAX_LINES = 20_000;

	/**
	 * At most this many logs per check, so a first start after a busy week spreads its
	 * reads.
	 */
	static final int PER_CHECK = 5;

	private static final Duration MAX_BACKOFF = Duration.ofHours(6);

	private final BackupSource source;

	private final JobTaskRepository jobTasks;

	private final LastTaskRepository lastTasks;

	private final BackupsProperties properties;

	JobTaskReader(BackupSource source, JobTaskRepository jobTasks, LastTaskRepository lastTasks,
			BackupsProperties properties) {
		this.source = source;
		this.jobTasks = jobTasks;
		this.lastTasks = lastTasks;
		this.properties = properties;
	}

	/**
	 * {@code tasks}: the stored vzdump tasks, oldest first; {@code since}: the start of
	 * the inventory's window.
	 */
	void attribute(List<TaskView> tasks, Instant since, Instant now) {
		Map<String, JobTask> known = this.jobTasks.all();
		int reads = 0;
		for (TaskView task : tasks) {
			JobTask state = known.get(task.upid());
			if (task.vmid() != null || task.ended() == null || (state != null && !state.due(now))) {
				continue;
			}
			if (reads++ == PER_CHECK) {
				break;
			}
			read(task, (state != null) ? state.attempts() + 1 : 1, now);
		}
		this.jobTasks.forget(since);
	}

	private void read(TaskView task, int attempts, Instant now) {
		List<String> lines = new ArrayList<>();
		boolean complete;
		try {
			complete = page(task.upid(), lines);
		}
		catch (IllegalArgumentException ex) {
			this.jobTasks.done(task.upid(), task.started(), attempts, now, 0, ex.getMessage());
			return;
		}
		catch (ProxmoxException ex) {
			String reason = BackupReader.reason(ex);
			if (ex.status() == 400) {
				this.jobTasks.done(task.upid(), task.started(), attempts, now, 0, reason);
				return;
			}
			log.warn("Log of backup job task {} could not be read ({} {}): {}", task.upid(), ex.kind(), ex.status(),
					ex.getMessage());
			this.jobTasks.failed(task.upid(), task.started(), attempts, now, reason, now.plus(backoff(attempts)));
			return;
		}
		Map<Integer, Outcome> outcomes = VzdumpLog.outcomes(lines);
		outcomes.forEach((vmid, outcome) -> {
			if (complete || outcome.result() != Result.UNFINISHED) {
				this.lastTasks.offer(new TaskView(task.upid(), task.node(), vmid, task.type(), task.user(),
						task.started(), task.ended(), outcome.status(), clip(outcome.text(), 512)));
			}
		});
		this.jobTasks.done(task.upid(), task.started(), attempts, now, outcomes.size(), null);
	}

	/**
	 * Reads the log page by page into {@code lines}; false when it was cut at
	 * {@link #MAX_LINES}.
	 */
	private boolean page(String upid, List<String> lines) {
		while (lines.size() < MAX_LINES) {
			int limit = Math.min(PAGE, MAX_LINES - lines.size());
			List<String> page = this.source.taskLog(upid, lines.size(), limit);
			lines.addAll(page);
			if (page.size() < limit) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The interval after the first failure, doubling up to six hours: a node that is down
	 * is not asked each check.
	 */
	private Duration backoff(int attempts) {
		Duration backoff = this.properties.interval().multipliedBy(1L << Math.min(attempts - 1, 10));
		return (backoff.compareTo(MAX_BACKOFF) > 0) ? MAX_BACKOFF : backoff;
	}

}
