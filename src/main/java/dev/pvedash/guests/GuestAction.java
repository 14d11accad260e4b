package dev.pvedash.guests;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The actions the dashboard sends for a guest, by the word used in URLs and audit rows:
 * the power actions (PVE API viewer, {@code POST /nodes/{node}/qemu|lxc/{vmid}/status/*})
 * and the snapshot and backup tasks (docs/pve-backups-and-snapshots.md), which other
 * modules request through {@link GuestTasks}. All of them run as PVE tasks and share one
 * claim per guest.
 */
public enum GuestAction {

	START(true, false, false), SHUTDOWN(true, true, true), REBOOT(true, true, true), STOP(true, true, true),
	SUSPEND(true, true, true), RESUME(true, false, false),
	/** Create a snapshot; {@code detail} is its name. */
	SNAPSHOT(false, false, false),
	/** Roll back to the snapshot {@code detail}; always needs the guest's name typed. */
	ROLLBACK(false, true, true),
	/** Delete the snapshot {@code detail}. */
	DELSNAPSHOT(false, true, false),
	/** vzdump of this guest to the storage {@code detail}. */
	BACKUP(false, false, false);

	private final boolean power;

	private final boolean confirmed;

	private final boolean guarded;

	GuestAction(boolean power, boolean confirmed, boolean guarded) {
		this.power = power;
		this.confirmed = confirmed;
		this.guarded = guarded;
	}

	/**
	 * Offered by the guest page's power buttons and {@code POST /guests/{vmid}/{action}}.
	 */
	boolean power() {
		return this.power;
	}

	/**
	 * Everything that can interrupt a running guest or lose data asks first; start and
	 * resume cannot hurt.
	 */
	boolean needsConfirmation() {
		return this.confirmed;
	}

	/**
	 * On a critical guest (the router) these need its name typed: they may cut this very
	 * connection.
	 */
	boolean guardedOnCriticalGuest() {
		return this.guarded;
	}

	/**
	 * Snapshot and backup tasks need the guest free of PVE locks; PVE would refuse them
	 * anyway.
	 */
	boolean needsUnlockedGuest() {
		return !this.power;
	}

	String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<GuestAction> fromWord(String word) {
		return Arrays.stream(values()).filter(a -> a.word().equals(word)).findFirst();
	}

	static Optional<GuestAction> powerFromWord(String word) {
		return fromWord(word).filter(GuestAction::power);
	}

}
