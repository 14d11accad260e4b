package dev.pvedash.snapshots;

import org.springframework.stereotype.Component;

import dev.pvedash.system.CommittedWrites;

/**
 * The committed writes of the tables the overview reads from this module: the snapshot
 * history and the schedules with their runs. Each repository moves it after its own
 * writes, so no writer (sync, actions, schedule runs, the schedule form) can forget it;
 * {@link SnapshotRisks} and {@link ScheduleHealth} keep what they read until it moves
 * (docs/polling.md, "Reading what was stored"). One number for both: their writes are
 * rare next to the page reads, so an extra read of the other is cheap.
 */
@Component
class SnapshotsVersion {

	private final CommittedWrites writes = new CommittedWrites();

	long current() {
		return this.writes.current();
	}

	void written() {
		this.writes.written();
	}

}
