package dev.pvedash.inventory;

import java.time.Instant;
import java.util.List;

import dev.pvedash.proxmox.GuestState;
import dev.pvedash.proxmox.GuestType;

/**
 * One VM or container as last polled; templates have {@code template} true. Pages ask the
 * record what the guest is doing ({@link #running()}, {@link #stopped()} …) instead of
 * comparing PVE's words; the words are mapped to {@link GuestState} once, where the row
 * is read.
 */
public record GuestView(int vmid, GuestType type, String node, String name, GuestState state, Double cpu, Integer cpus,
		Long mem, Long maxmem, Long uptime, List<String> tags, String lock, boolean template, Instant asOf) {

	public boolean vm() {
		return this.type == GuestType.QEMU;
	}

	public boolean container() {
		return this.type == GuestType.LXC;
	}

	/** A migrating guest keeps running: PVE reports it so. */
	public boolean running() {
		return this.state == GuestState.RUNNING || this.state == GuestState.MIGRATING;
	}

	/**
	 * No process: stopped, or hibernated to disk, which PVE also reports as stopped (with
	 * its lock).
	 */
	public boolean stopped() {
		return this.state == GuestState.STOPPED || this.state == GuestState.SUSPENDED_TO_DISK;
	}

	/**
	 * Halted with its RAM kept: paused by PVE, suspended by itself, or stopped by a disk
	 * error.
	 */
	public boolean paused() {
		return this.state == GuestState.PAUSED || this.state == GuestState.SUSPENDED
				|| this.state == GuestState.IO_ERROR;
	}

}
