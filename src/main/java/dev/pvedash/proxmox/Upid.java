package dev.pvedash.proxmox;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A task id (docs/proxmox-notes.md, Tasks and UPIDs):
 * {@code UPID:<node>:<pid>:<pstart>:<starttime>:<type>:<id>:<user>:}. {@link #parse}
 * accepts exactly what PVE writes (upper-case hex, 8 digits, pstart up to 9), so
 * {@link #toString()} gives back the identical string — PVE finds a task by that exact
 * text.
 *
 * @param node the node that runs the task; status and log are read there
 * @param id usually the vmid; may be empty (e.g. vzdump of several guests)
 * @param user {@code user@realm} or {@code user@realm!tokenid}
 */
public record Upid(String node, long pid, long pstart, Instant starttime, String type, String id, String user) {

	private static final Pattern FORMAT = Pattern.compile("UPID:([a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?):"
			+ "([0-9A-F]{8}):([0-9A-F]{8,9}):([0-9A-F]{8}):([^:\\s]+):([^:\\s]*):([^:\\s]+):");

	private static final Pattern SEPARATOR = Pattern.compile("[:\\s]");

	public Upid {
		Paths.nodeName(node);
		if (pid < 0 || pstart < 0 || starttime == null || starttime.getEpochSecond() < 0
				|| starttime.getEpochSecond() > 0xFFFFFFFFL || !part(type, false) || !part(id, true)
				|| !part(user, false)) {
			throw new IllegalArgumentException("Not a valid task id part");
		}
	}

	/**
	 * @throws IllegalArgumentException for anything PVE would not have written
	 */
	public static Upid parse(@Nullable String text) {
		Matcher matcher = (text != null) ? FORMAT.matcher(text) : null;
		if (matcher == null || !matcher.matches() || !canonical(matcher.group(2)) || !canonical(matcher.group(3))
				|| !canonical(matcher.group(4))) {
			throw new IllegalArgumentException("Not a Proxmox task id (UPID): " + abbreviated(text));
		}
		return new Upid(matcher.group(1), Long.parseLong(matcher.group(2), 16), Long.parseLong(matcher.group(3), 16),
				Instant.ofEpochSecond(Long.parseLong(matcher.group(4), 16)), matcher.group(5), matcher.group(6),
				matcher.group(7));
	}

	/** The guest the task works on, when {@link #id()} is a vmid. */
	public @Nullable Integer vmid() {
		return this.id.matches("[1-9]\\d{2,8}") ? Integer.valueOf(this.id) : null;
	}

	@Override
	public String toString() {
		return String.format("UPID:%s:%08X:%08X:%08X:%s:%s:%s:", this.node, this.pid, this.pstart,
				this.starttime.getEpochSecond(), this.type, this.id, this.user);
	}

	// a 9-digit pstart never starts with 0: PVE formats with %08X, which pads only to 8
	private static boolean canonical(String hex) {
		return hex.length() == 8 || hex.charAt(0) != '0';
	}

	private static boolean part(String value, boolean mayBeEmpty) {
		return value != null && (mayBeEmpty || !value.isEmpty()) && !SEPARATOR.matcher(value).find();
	}

	private static String abbreviated(@Nullable String text) {
		if (text == null) {
			return "(none)";
		}
		return (text.length() > 80) ? text.substring(0, 80) + "…" : text;
	}

}
