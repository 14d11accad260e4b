package dev.pvedash.backups;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the verdict of one guest depends on, already resolved from the store: its backups
 * with the location of their storage, its newest vzdump task, the storages that may hold
 * its backups but could not be read, and its settings. {@code listed} is false while no
 * storage list has ever been read.
 */
record GuestFacts(int vmid, boolean template, List<Copy> copies, LastTask lastTask, List<Unreadable> unreadable,
		boolean listed, Duration freshness, boolean notNeeded, String reason) {

	GuestFacts {
		copies = List.copyOf(copies);
		unreadable = List.copyOf(unreadable);
	}

	/**
	 * One backup; {@code verification} is PBS's "ok" or "failed", null when not verified
	 * (yet).
	 */
	record Copy(String storage, boolean offHost, Instant ctime, String verification) {

		boolean verificationFailed() {
			return "failed".equals(this.verification);
		}

	}

	/**
	 * The newest vzdump task of the guest; {@code failed} is false for OK and WARNINGS.
	 */
	record LastTask(Instant started, boolean failed, String exitStatus) {
	}

	record Unreadable(String storage, String reason) {
	}

}
