package dev.pvedash.simulator;

import org.jspecify.annotations.Nullable;

/**
 * One item of {@code /nodes/{node}/storage/{storage}/content}: ISO, template, backup archive or guest disk.
 * {@code subtype} is {@code qemu}/{@code lxc} for backups.
 */
record Volume(String node, String storage, String volid, String content, String format, long size, long ctime,
		@Nullable Integer vmid, @Nullable String subtype, @Nullable String notes) {
}
