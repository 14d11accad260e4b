package dev.pvedash.proxmox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The caller's effective privileges, {@code GET /access/permissions}: ACL path →
 * privilege → whether it propagates to sub-paths (what the dashboard needs:
 * docs/proxmox-notes.md, Privileges). For an API token these are the token's own rights,
 * already intersected with its user's.
 */
record Permissions(Map<String, Map<String, Boolean>> paths) {

	static Permissions from(JsonNode data) {
		JsonNode json = PveValues.object(data, "permissions");
		Map<String, Map<String, Boolean>> paths = new LinkedHashMap<>();
		for (String path : json.propertyNames()) {
			JsonNode privileges = PveValues.object(json.get(path), "permissions of " + path);
			Map<String, Boolean> flags = new LinkedHashMap<>();
			for (String privilege : privileges.propertyNames()) {
				flags.put(privilege, PveValues.flag(privileges, privilege));
			}
			paths.put(path, Collections.unmodifiableMap(flags));
		}
		return new Permissions(Collections.unmodifiableMap(paths));
	}

	/**
	 * Whether {@code privilege} holds on {@code path} (e.g. {@code /vms/101},
	 * {@code VM.PowerMgmt}). The nearest listed path decides, as PVE's more specific ACL
	 * overrides an inherited one; an ancestor counts only if the privilege propagates.
	 */
	public boolean allows(String path, String privilege) {
		String candidate = normalized(path);
		while (true) {
			Map<String, Boolean> privileges = this.paths.get(candidate);
			if (privileges != null) {
				return privileges.containsKey(privilege)
						&& (candidate.equals(normalized(path)) || privileges.get(privilege));
			}
			if (candidate.equals("/")) {
				return false;
			}
			int slash = candidate.lastIndexOf('/');
			candidate = (slash <= 0) ? "/" : candidate.substring(0, slash);
		}
	}

	private static String normalized(String path) {
		String trimmed = (path.length() > 1 && path.endsWith("/")) ? path.substring(0, path.length() - 1) : path;
		return trimmed.startsWith("/") ? trimmed : "/" + trimmed;
	}

}
