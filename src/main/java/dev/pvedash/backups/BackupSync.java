package dev.pvedash.backups;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.pvedash.guests.GuestActionEnded;
import dev.pvedash.inventory.HostView;
import dev.pvedash.inventory.Inventory;
import dev.pvedash.inventory.TaskView;
import dev.pvedash.guests.GuestAction;

/**
 * When backups are read (docs/backups.md): at start, after a vzdump task ended (seen in
 * the stored task list), shortly after the dashboard's own backup ended (that storage
 * only), and otherwise every interval. The check itself reads H2, so running it often
 * costs PVE nothing; it also keeps the newest vzdump task per guest. Its only PVE read is
 * the log of a backup job's task that just ended, once per task, to find each guest's
 * part.
 */
@Component
class BackupSync {

	/** Tasks the inventory still holds; older ones are already in the last-task table. */
	private static final Duration TASK_WINDOW = Duration.ofDays(7);

	private final Inventory inventory;

	private final BackupReader reader;

	private final BackupRepository backups;

	private final LastTaskRepository lastTasks;

	private final JobTaskReader jobTasks;

	private final BackupsProperties properties;

	private final Clock clock;

	/** Storage id → node and when to re-read it, from the dashboard's own backups. */
	private final Map<String, Pending> pending = new ConcurrentHashMap<>();

	private volatile Instant lastFullRun;

	private volatile Set<String> endedTasks = Set.of();

	BackupSync(Inventory inventory, BackupReader reader, BackupRepository backups, LastTaskRepository lastTasks,
			JobTaskReader jobTasks, BackupsProperties properties, Clock clock) {
		this.inventory = inventory;
		this.reader = reader;
		this.backups = backups;
		this.lastTasks = lastTasks;
		this.jobTasks = jobTasks;
		this.properties = properties;
		this.clock = clock;
	}

	/** Reads PVE only when something is due; returns what it did, for tests and logs. */
	synchronized Run check() {
		Instant now = this.clock.instant();
		Instant since = now.minus(TASK_WINDOW);
		List<TaskView> tasks = this.inventory.tasks(Set.of("vzdump"), since);
		tasks.stream().filter(t -> t.vmid() != null).forEach(this.lastTasks::offer);
		// a job over several guests names none in its UPID: its log says who failed (one
		// read per run)
		this.jobTasks.attribute(tasks, since, now);
		List<HostView> hosts = this.inventory.hosts();
		if (hosts.isEmpty()) {
			return Run.NONE; // the poller has not read the nodes yet
		}
		boolean periodic = this.lastFullRun == null || !now.isBefore(this.lastFullRun.plus(this.properties.interval()));
		// by UPID, not by time: the poller stores a task's end up to a task interval
		// after it happened
		Set<String> ended = tasks.stream()
			.filter(t -> t.ended() != null)
			.map(TaskView::upid)
			.collect(Collectors.toSet());
		boolean vzdumpEnded = !this.endedTasks.containsAll(ended);
		this.endedTasks = ended;
		if (periodic || vzdumpEnded) {
			this.pending.clear();
			if (periodic) {
				this.lastFullRun = now;
			}
			this.reader.readAll(hosts.stream().filter(HostView::online).map(HostView::node).toList(),
					hosts.stream().filter(h -> !h.online()).map(HostView::node).toList(), now, periodic);
			return periodic ? Run.FULL : Run.TRIGGERED;
		}
		return readPending(now);
	}

	private Run readPending(Instant now) {
		Run run = Run.NONE;
		for (Map.Entry<String, Pending> entry : Map.copyOf(this.pending).entrySet()) {
			if (!now.isBefore(entry.getValue().at())) {
				this.pending.remove(entry.getKey());
				this.backups.storages(entry.getValue().node())
					.stream()
					.filter(s -> s.storage().equals(entry.getKey()))
					.findFirst()
					.ifPresent(storage -> this.reader.read(storage, now));
				run = Run.STORAGE;
			}
		}
		return run;
	}

	@EventListener
	void backupEnded(GuestActionEnded event) {
		if (event.action() == GuestAction.BACKUP && event.detail() != null) {
			this.pending.put(event.detail(),
					new Pending(event.node(), this.clock.instant().plus(this.properties.afterAction())));
		}
	}

	enum Run {

		NONE, STORAGE, TRIGGERED, FULL

	}

	private record Pending(String node, Instant at) {
	}

}
