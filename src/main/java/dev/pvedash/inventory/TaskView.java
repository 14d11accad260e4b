package dev.pvedash.inventory;

import java.time.Instant;

/** A PVE task; {@code exitStatus} is PVE's own text. */
public record TaskView(String upid, String node, Integer vmid, String type, String user, Instant started, Instant ended,
		TaskState status, String exitStatus) {

	public boolean failed() {
		return this.status == TaskState.FAILED;
	}

}
