package dev.pvedash.proxmox;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A node, from {@code /cluster/resources} or {@code GET /nodes} (docs/proxmox-notes.md,
 * Reads). Offline nodes lack the usage fields, which stay null.
 *
 * @param status {@code online}, {@code offline} or {@code unknown}
 * @param cpu busy fraction of all host CPUs (0.0–1.0)
 * @param maxcpu logical CPUs
 * @param mem bytes, like {@code maxmem}, {@code disk} (root fs) and {@code maxdisk}
 * @param uptime seconds
 * @param level subscription level ({@code c}, {@code b}, {@code s}, {@code p}), null when
 * none
 * @param cgroupMode 1 or 2, {@code /cluster/resources} on PVE 7.3+ only
 * @param sslFingerprint SHA-256 of the node certificate, {@code GET /nodes} only
 */
public record NodeResource(String node, @Nullable String status, @Nullable Double cpu, @Nullable Integer maxcpu,
		@Nullable Long mem, @Nullable Long maxmem, @Nullable Long disk, @Nullable Long maxdisk, @Nullable Long uptime,
		@Nullable String level, @Nullable Integer cgroupMode,
		@Nullable String sslFingerprint) implements ClusterResource {

	static NodeResource from(JsonNode json) {
		return new NodeResource(PveValues.requiredString(json, "node"), PveValues.string(json, "status"),
				PveValues.decimal(json, "cpu"), PveValues.integer(json, "maxcpu"), PveValues.whole(json, "mem"),
				PveValues.whole(json, "maxmem"), PveValues.whole(json, "disk"), PveValues.whole(json, "maxdisk"),
				PveValues.whole(json, "uptime"), PveValues.string(json, "level"),
				PveValues.integer(json, "cgroup-mode"), PveValues.string(json, "ssl_fingerprint"));
	}

	@Override
	public String id() {
		return "node/" + this.node;
	}

	public boolean online() {
		return "online".equals(this.status);
	}

}
