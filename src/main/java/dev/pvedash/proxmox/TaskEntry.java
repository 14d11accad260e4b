package dev.pvedash.proxmox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One line of a node's task history, {@code GET /nodes/{node}/tasks}
 * (docs/proxmox-notes.md, Tasks and UPIDs). Node, type, guest, user and start time are in
 * the {@link Upid}.
 *
 * @param endtime null while running
 * @param exitStatus null while running (PVE's {@code status} is then {@code RUNNING})
 * @param tokenId the API token that started the task, if one did
 */
public record TaskEntry(Upid upid, @Nullable Instant endtime, boolean running, @Nullable ExitStatus exitStatus,
		@Nullable String tokenId) {

	static TaskEntry from(JsonNode json) {
		Upid upid;
		try {
			upid = Upid.parse(PveValues.requiredString(json, "upid"));
		}
		catch (IllegalArgumentException ex) {
			throw PveValues.protocol(ex.getMessage());
		}
		String status = PveValues.string(json, "status");
		Instant endtime = PveValues.epoch(json, "endtime");
		boolean running = "RUNNING".equals(status) || (status == null && endtime == null);
		return new TaskEntry(upid, endtime, running, (running || status == null) ? null : new ExitStatus(status),
				PveValues.string(json, "tokenid"));
	}

	public boolean failed() {
		return this.exitStatus != null && this.exitStatus.failed();
	}

}
