package dev.pvedash.proxmox;

import org.jspecify.annotations.Nullable;

/**
 * What a guest is doing, derived as docs/proxmox-notes.md, Guest states, describes:
 * QEMU's run state ({@code qmpstatus}, or {@code status} in {@code /cluster/resources})
 * wins over the process status, and a stopped VM holding {@code lock: suspended} was
 * suspended to disk. {@code /nodes/{node}/qemu} without {@code full=1} knows only
 * running/stopped, so a paused VM shows as {@link #RUNNING} there.
 */
public enum GuestState {

	RUNNING,
	/** Stopped by PVE's "suspend" (RAM kept) or halted after an IO error. */
	PAUSED,
	/** The guest suspended itself (QEMU run state {@code suspended}). */
	SUSPENDED,
	/** Hibernated: no process, state saved to disk; resume or start restores it. */
	SUSPENDED_TO_DISK,
	/** Started but not yet resumed, e.g. during a start or incoming migration. */
	PRELAUNCH,
	/** QEMU stopped the VM because a disk failed. */
	IO_ERROR, MIGRATING, STOPPED,
	/** No statistics yet, or a state this client does not know. */
	UNKNOWN;

	static GuestState of(@Nullable String status, @Nullable String qmpstatus, @Nullable String lock) {
		String state = (qmpstatus != null) ? qmpstatus : status;
		if (state == null) {
			return UNKNOWN;
		}
		return switch (state) {
			case "running" -> RUNNING;
			case "paused" -> PAUSED;
			case "suspended" -> SUSPENDED;
			case "prelaunch" -> PRELAUNCH;
			case "io-error" -> IO_ERROR;
			case "inmigrate", "postmigrate", "finish-migrate" -> MIGRATING;
			case "stopped" -> "suspended".equals(lock) ? SUSPENDED_TO_DISK : STOPPED;
			default -> UNKNOWN;
		};
	}

	/** Resume (or, for {@link #SUSPENDED_TO_DISK}, start) brings the guest back. */
	public boolean resumable() {
		return this == PAUSED || this == SUSPENDED || this == SUSPENDED_TO_DISK;
	}

}
