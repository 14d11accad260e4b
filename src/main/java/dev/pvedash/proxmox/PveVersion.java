package dev.pvedash.proxmox;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /version} (docs/proxmox-notes.md, Reads).
 *
 * @param version full pve-manager version: {@code 7.4-16} up to 7.x, {@code 8.4.1} from
 * 8.x
 * @param release {@code major.minor}, e.g. {@code 7.4}
 * @param repoid git id of the build
 * @param console datacenter default console, if set
 */
record PveVersion(String version, @Nullable String release, @Nullable String repoid, @Nullable String console) {

	static PveVersion from(JsonNode data) {
		JsonNode json = PveValues.object(data, "version");
		return new PveVersion(PveValues.requiredString(json, "version"), PveValues.string(json, "release"),
				PveValues.string(json, "repoid"), PveValues.string(json, "console"));
	}

	/**
	 * The major release (6, 7, 8, 9 …), or null if neither field starts with a number.
	 */
	public @Nullable Integer major() {
		String text = (this.release != null) ? this.release : this.version;
		int end = 0;
		while (end < text.length() && end < 4 && Character.isDigit(text.charAt(end))) {
			end++;
		}
		return (end > 0) ? Integer.valueOf(text.substring(0, end)) : null;
	}

}
