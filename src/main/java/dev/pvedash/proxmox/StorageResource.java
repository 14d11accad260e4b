package dev.pvedash.proxmox;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A storage on one node, from {@code /cluster/resources} (docs/proxmox-notes.md, Reads).
 *
 * @param status {@code available} or {@code unknown} (others possible)
 * @param plugintype {@code dir}, {@code lvmthin}, {@code zfspool}, {@code nfs},
 * {@code pbs} …
 * @param content e.g. {@code images}, {@code rootdir}, {@code iso}, {@code backup}
 * @param disk used bytes
 * @param maxdisk size in bytes
 */
public record StorageResource(String node, String storage, @Nullable String status, @Nullable String plugintype,
		Set<String> content, boolean shared, @Nullable Long disk, @Nullable Long maxdisk) implements ClusterResource {

	static StorageResource from(JsonNode json) {
		return new StorageResource(PveValues.requiredString(json, "node"), PveValues.requiredString(json, "storage"),
				PveValues.string(json, "status"), PveValues.string(json, "plugintype"),
				PveValues.commaSet(PveValues.string(json, "content")), PveValues.flag(json, "shared"),
				PveValues.whole(json, "disk"), PveValues.whole(json, "maxdisk"));
	}

	@Override
	public String id() {
		return "storage/" + this.node + "/" + this.storage;
	}

	public boolean available() {
		return "available".equals(this.status);
	}

}
