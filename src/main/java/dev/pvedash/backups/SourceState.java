package dev.pvedash.backups;

import java.time.Instant;

/** Read state of an endpoint read by the sync: "jobs", "uncovered", "storages:pve". */
record SourceState(String source, Instant attemptedAt, Instant readAt, String errorKind, String error,
		Instant retryAfter) {

	public boolean failing() {
		return this.error != null;
	}

}
