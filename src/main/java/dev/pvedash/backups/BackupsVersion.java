package dev.pvedash.backups;

import org.springframework.stereotype.Component;

import dev.pvedash.system.CommittedWrites;

/**
 * The committed writes of the tables a {@link BackupState} is read from (storages,
 * copies, jobs, uncovered guests, endpoint states, last tasks, the admin's settings).
 * Each repository moves it after its own writes, so no writer can forget it;
 * {@link BackupStates} keeps its state until it moves (docs/polling.md, "Reading what was
 * stored").
 */
@Component
class BackupsVersion {

	private final CommittedWrites writes = new CommittedWrites();

	long current() {
		return this.writes.current();
	}

	void written() {
		this.writes.written();
	}

}
