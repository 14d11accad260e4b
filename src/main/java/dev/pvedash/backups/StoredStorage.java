package dev.pvedash.backups;

import java.time.Instant;

/**
 * A storage with backup content as a node listed it, with the state of its latest content
 * read: {@code readAt} is the last good read (null: never), {@code error} why the latest
 * attempt failed (null: it worked).
 */
record StoredStorage(String node, String storage, String type, boolean shared, boolean active, boolean enabled,
		Instant readAt, String errorKind, String error, Instant retryAfter) {

	public boolean unreadable() {
		return this.error != null;
	}

	/**
	 * The node key its backups are stored under: empty for a shared storage, read once
	 * for the cluster.
	 */
	String copyNode() {
		return this.shared ? "" : this.node;
	}

}
