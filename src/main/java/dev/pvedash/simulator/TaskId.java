package dev.pvedash.simulator;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A task id, {@code UPID:node:PID:PSTART:STARTTIME:type:id:user:} with upper-case hex
 * fields (pid and starttime 8 digits, pstart 8 or 9) and the trailing colon
 * (docs/proxmox-notes.md, Tasks and UPIDs).
 */
record TaskId(String node, long pid, long pstart, long starttime, String type, String id, String user) {

	private static final Pattern FORMAT = Pattern.compile(
			"UPID:([a-zA-Z0-9][a-zA-Z0-9-]*):([0-9A-F]{8}):([0-9A-F]{8,9}):([0-9A-F]{8}):([^:\\s]+):([^:\\s]*):([^:\\s]+):");

	static @Nullable TaskId parse(String text) {
		Matcher m = FORMAT.matcher(text);
		if (!m.matches()) {
			return null;
		}
		return new TaskId(m.group(1), Long.parseLong(m.group(2), 16), Long.parseLong(m.group(3), 16),
				Long.parseLong(m.group(4), 16), m.group(5), m.group(6), m.group(7));
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "UPID:%s:%08X:%08X:%08X:%s:%s:%s:", this.node, this.pid, this.pstart,
				this.starttime, this.type, this.id, this.user);
	}

	/** {@code user@realm} without the token part. */
	String userid() {
		int bang = this.user.indexOf('!');
		return (bang < 0) ? this.user : this.user.substring(0, bang);
	}

	@Nullable String tokenid() {
		int bang = this.user.indexOf('!');
		return (bang < 0) ? null : this.user.substring(bang + 1);
	}

}
