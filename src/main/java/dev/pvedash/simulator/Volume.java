package dev.pvedash.simulator;

import org.jspecify.annotations.Nullable;

/**
 * One item of {@code /nodes/{node}/storage/{storage}/content}: ISO, template, backup
 * archive or guest disk. {@code subtype} is {@code qemu}/{@code lxc} for backups. PBS
 * backups may carry {@code verification} ({@code ok}/{@code failed}, null: never
 * verified) and {@code encrypted} (the key's fingerprint).
 */
record Volume(String node, String storage, String volid, String content, String format, long size, long ctime,
		@Nullable Integer vmid, @Nullable String subtype, @Nullable String notes, boolean protection,
		@Nullable String verification, @Nullable String encrypted) {

	Volume(String node, String storage, String volid, String content, String format, long size, long ctime,
			@Nullable Integer vmid, @Nullable String subtype, @Nullable String notes) {
		this(node, storage, volid, content, format, size, ctime, vmid, subtype, notes, false, null, null);
	}

	Volume verified(@Nullable String state) {
		return new Volume(this.node, this.storage, this.volid, this.content, this.format, this.size, this.ctime,
				this.vmid, this.subtype, this.notes, this.protection, state, this.encrypted);
	}

	Volume protect() {
		return new Volume(this.node, this.storage, this.volid, this.content, this.format, this.size, this.ctime,
				this.vmid, this.subtype, this.notes, true, this.verification, this.encrypted);
	}

	Volume encrypt(String fingerprint) {
		return new Volume(this.node, this.storage, this.volid, this.content, this.format, this.size, this.ctime,
				this.vmid, this.subtype, this.notes, this.protection, this.verification, fingerprint);
	}

}
