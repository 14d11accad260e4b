package dev.pvedash.proxmox;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /nodes/{node}/tasks/{upid}/status} (docs/proxmox-notes.md, Tasks and UPIDs).
 * Poll until {@link #running()} is false, then read {@link #exitStatus()}.
 *
 * @param exitStatus null while running
 * @param tokenId the API token that started the task, if one did
 */
public record TaskStatus(Upid upid, boolean running, @Nullable ExitStatus exitStatus, @Nullable String tokenId) {

	static TaskStatus from(JsonNode data, Upid upid) {
		JsonNode json = PveValues.object(data, "task status");
		String status = PveValues.requiredString(json, "status");
		String exit = PveValues.string(json, "exitstatus");
		boolean running = status.equals("running");
		return new TaskStatus(upid, running, (running || exit == null) ? null : new ExitStatus(exit),
				PveValues.string(json, "tokenid"));
	}

	/** Finished with OK or warnings; false while running. */
	public boolean succeeded() {
		return this.exitStatus != null && this.exitStatus.succeeded();
	}

	/** Finished with an error; false while running. */
	public boolean failed() {
		return this.exitStatus != null && this.exitStatus.failed();
	}

}
