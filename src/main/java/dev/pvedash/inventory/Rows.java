package dev.pvedash.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import dev.pvedash.proxmox.GuestState;
import dev.pvedash.proxmox.GuestType;

/** Conversions between stored columns and view values, shared by the writer and the reader. */
final class Rows {

	// lists are stored one item per line: names, volumes and PCI addresses never contain a newline
	private static final String SEPARATOR = "\n";

	private Rows() {
	}

	static <T> T nullable(ResultSet rs, String column, Class<T> type) throws SQLException {
		return rs.getObject(column, type);
	}

	static String join(List<String> items) {
		return (items == null || items.isEmpty()) ? null : String.join(SEPARATOR, items);
	}

	static List<String> split(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : Arrays.asList(joined.split(SEPARATOR));
	}

	/** Containers may have a fractional cpulimit; the page shows whole vCPUs. */
	static Integer cpus(Double cpus) {
		return (cpus != null) ? (int) Math.ceil(cpus) : null;
	}

	/**
	 * What {@code poll_guest.status} stores: PVE's word for the state, as the columns always held. Lossy on
	 * purpose: the pages treat a migrating guest as running and an IO error as a pause.
	 */
	static String status(GuestState state) {
		return switch (state) {
			case RUNNING, MIGRATING -> "running";
			case PAUSED, IO_ERROR -> "paused";
			case SUSPENDED, SUSPENDED_TO_DISK -> "suspended";
			case PRELAUNCH -> "prelaunch";
			case STOPPED -> "stopped";
			case UNKNOWN -> "unknown";
		};
	}

	/**
	 * The stored word back to the state, the reverse of {@link #status}; a stopped VM holding the lock its
	 * suspend to disk took is hibernated, as PVE derives it.
	 */
	static GuestState state(String status, String lock) {
		return switch ((status != null) ? status : "unknown") {
			case "running" -> GuestState.RUNNING;
			case "paused" -> GuestState.PAUSED;
			case "suspended" -> GuestState.SUSPENDED;
			case "prelaunch" -> GuestState.PRELAUNCH;
			case "stopped" -> "suspended".equals(lock) ? GuestState.SUSPENDED_TO_DISK : GuestState.STOPPED;
			default -> GuestState.UNKNOWN;
		};
	}

	/** {@code poll_guest.type} holds PVE's {@code qemu} or {@code lxc}. */
	static GuestType type(String type) {
		return GuestType.fromWire(type);
	}

}
