package dev.pvedash.backups;

import java.time.Instant;

/** One backup archive; {@code node} is empty when it lives on a shared storage. */
record StoredCopy(String node, String storage, String volid, Integer vmid, Instant ctime, Long size, String format,
		String notes, boolean protection, String verification, boolean encrypted) {

	public boolean verificationFailed() {
		return "failed".equals(this.verification);
	}

}
