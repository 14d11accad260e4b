package dev.pvedash.guests;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The lifecycle actions offered, by the word used in the URL (proxmox-api.md §8). */
enum GuestAction {

	START(false, false), SHUTDOWN(true, true), REBOOT(true, true), STOP(true, true), SUSPEND(true, true),
	RESUME(false, false);

	private final boolean confirmed;

	private final boolean guarded;

	GuestAction(boolean confirmed, boolean guarded) {
		this.confirmed = confirmed;
		this.guarded = guarded;
	}

	/** Everything that can interrupt a running guest asks first; start and resume cannot hurt. */
	boolean needsConfirmation() {
		return this.confirmed;
	}

	/** On a critical guest (the router) these need its name typed: they may cut this very connection. */
	boolean guardedOnCriticalGuest() {
		return this.guarded;
	}

	String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<GuestAction> fromWord(String word) {
		return Arrays.stream(values()).filter(a -> a.word().equals(word)).findFirst();
	}

}
