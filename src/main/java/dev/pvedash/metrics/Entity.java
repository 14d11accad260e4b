package dev.pvedash.metrics;

import org.jspecify.annotations.Nullable;

/**
 * A node, guest or storage with history. {@code ref} is its stable name
 * ({@code node/pve}, {@code guest/101}, {@code storage/pve/local}); a guest keeps its
 * history when it moves to another node.
 */
record Entity(int id, Kind kind, String ref, @Nullable String node, @Nullable String guestType, @Nullable Integer vmid,
		@Nullable String storage) {

	static String nodeRef(String node) {
		return "node/" + node;
	}

	static String guestRef(int vmid) {
		return "guest/" + vmid;
	}

	static String storageRef(String node, String storage) {
		return "storage/" + node + "/" + storage;
	}

}
