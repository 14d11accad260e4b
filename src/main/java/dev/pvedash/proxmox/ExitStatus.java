package dev.pvedash.proxmox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How a finished task ended (docs/proxmox-notes.md, Tasks and UPIDs): {@code OK},
 * {@code WARNINGS: <n>} (a success with warnings), or anything else — the error text, or
 * {@code unexpected status} when PVE could not read the log's last line.
 *
 * @param text exactly as PVE sent it, to show on failure
 */
public record ExitStatus(String text) {

	private static final Pattern WARNINGS = Pattern.compile("WARNINGS: (\\d{1,9})");

	public enum Outcome {

		OK, WARNINGS, FAILED

	}

	public Outcome outcome() {
		if (this.text.equals("OK")) {
			return Outcome.OK;
		}
		return WARNINGS.matcher(this.text).matches() ? Outcome.WARNINGS : Outcome.FAILED;
	}

	/** OK or with warnings: PVE did what was asked. */
	public boolean succeeded() {
		return outcome() != Outcome.FAILED;
	}

	public boolean failed() {
		return outcome() == Outcome.FAILED;
	}

	/** The {@code n} of {@code WARNINGS: n}, else null. */
	public @Nullable Integer warnings() {
		Matcher matcher = WARNINGS.matcher(this.text);
		return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
	}

}
