package dev.pvedash.proxmox;

import tools.jackson.databind.JsonNode;

/**
 * One line of {@code GET /nodes/{node}/tasks/{upid}/log} (docs/proxmox-notes.md, Tasks
 * and UPIDs); the last is {@code TASK OK} or {@code TASK ERROR: …}.
 *
 * @param n line number, from 1
 * @param text PVE's {@code t}
 */
public record TaskLogLine(int n, String text) {

	static TaskLogLine from(JsonNode json) {
		String text = PveValues.string(json, "t");
		return new TaskLogLine(PveValues.requiredInt(json, "n"), (text != null) ? text : "");
	}

}
