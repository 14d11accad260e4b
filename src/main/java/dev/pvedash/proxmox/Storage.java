package dev.pvedash.proxmox;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A storage as one node sees it, {@code GET /nodes/{node}/storage}
 * (docs/proxmox-notes.md, Reads). Sizes are bytes and absent while the storage is
 * inactive.
 *
 * @param type {@code dir}, {@code lvmthin}, {@code zfspool}, {@code nfs}, {@code rbd},
 * {@code pbs} …
 * @param content e.g. {@code images}, {@code rootdir}, {@code iso}, {@code vztmpl},
 * {@code backup}
 * @param usedFraction used / total, 0.0–1.0
 */
public record Storage(String storage, @Nullable String type, Set<String> content, boolean active, boolean enabled,
		boolean shared, @Nullable Long total, @Nullable Long used, @Nullable Long avail,
		@Nullable Double usedFraction) {

	static Storage from(JsonNode json) {
		return new Storage(PveValues.requiredString(json, "storage"), PveValues.string(json, "type"),
				PveValues.commaSet(PveValues.string(json, "content")), PveValues.flag(json, "active"),
				PveValues.flag(json, "enabled"), PveValues.flag(json, "shared"), PveValues.whole(json, "total"),
				PveValues.whole(json, "used"), PveValues.whole(json, "avail"),
				PveValues.decimal(json, "used_fraction"));
	}

	public boolean holdsBackups() {
		return this.content.contains("backup");
	}

}
