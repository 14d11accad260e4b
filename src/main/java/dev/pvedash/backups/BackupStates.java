package dev.pvedash.backups;

import org.springframework.stereotype.Component;

/** Loads a {@link BackupState} from the repositories. */
@Component
class BackupStates {

	private final BackupRepository backups;

	private final BackupJobRepository jobs;

	private final LastTaskRepository lastTasks;

	private final BackupSettingsRepository settings;

	BackupStates(BackupRepository backups, BackupJobRepository jobs, LastTaskRepository lastTasks,
			BackupSettingsRepository settings) {
		this.backups = backups;
		this.jobs = jobs;
		this.lastTasks = lastTasks;
		this.settings = settings;
	}

	BackupState load() {
		return new BackupState(this.backups.storages(), this.backups.copies(), this.jobs.jobs(), this.jobs.uncovered(),
				this.lastTasks.all(), this.jobs.sources(), this.settings.load());
	}

}
