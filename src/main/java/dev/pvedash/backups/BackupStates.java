package dev.pvedash.backups;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Loads a {@link BackupState} from the repositories once per committed write
 * ({@link BackupsVersion}) and hands the same immutable state to every reader until the
 * next one: the sync writes every half minute at most, while every open overview asks
 * every few seconds.
 */
@Component
class BackupStates {

	private final BackupRepository backups;

	private final BackupJobRepository jobs;

	private final LastTaskRepository lastTasks;

	private final BackupSettingsRepository settings;

	private final BackupsVersion version;

	/** How many times the tables were read, for tests. */
	private final AtomicLong loads = new AtomicLong();

	private volatile Loaded loaded = new Loaded(-1, null);

	BackupStates(BackupRepository backups, BackupJobRepository jobs, LastTaskRepository lastTasks,
			BackupSettingsRepository settings, BackupsVersion version) {
		this.backups = backups;
		this.jobs = jobs;
		this.lastTasks = lastTasks;
		this.settings = settings;
		this.version = version;
	}

	/**
	 * The state as of the last committed write. The version is taken before the rows are
	 * read: a write that commits in between moves it again, so the next call reads afresh
	 * and nothing read before a commit is kept under a later version.
	 */
	BackupState load() {
		Loaded current = this.loaded;
		long now = this.version.current();
		if (current.version() == now) {
			return current.state();
		}
		synchronized (this) { // one read per write, not one per waiting request
			current = this.loaded;
			if (current.version() != now) {
				this.loads.incrementAndGet();
				current = new Loaded(now,
						new BackupState(this.backups.storages(), this.backups.copies(), this.jobs.jobs(),
								this.jobs.uncovered(), this.lastTasks.all(), this.jobs.sources(),
								this.settings.load()));
				this.loaded = current;
			}
			return current.state();
		}
	}

	long loads() {
		return this.loads.get();
	}

	private record Loaded(long version, BackupState state) {
	}

}
