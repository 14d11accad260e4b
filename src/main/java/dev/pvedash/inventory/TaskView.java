package dev.pvedash.inventory;

import java.time.Instant;

/** A PVE task; {@code status} is running, ok, warnings or failed; {@code exitStatus} is PVE's own text. */
public record TaskView(String upid, String node, Integer vmid, String type, String user, Instant started,
		Instant ended, String status, String exitStatus) {
}
