package dev.pvedash.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dev.pvedash.proxmox.GuestState;
import dev.pvedash.proxmox.GuestType;

/**
 * Conversions between stored columns and view values, shared by the writer and the
 * reader.
 */
final class Rows {

	// lists are stored one item per line, an item's values separated by tabs: names,
	// volume ids, bridges and
	// PCI addresses contain neither
	private static final String SEPARATOR = "\n";

	private static final String FIELD = "\t";

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

	/** One stored item: its values in order, an unknown one left empty. */
	static String fields(Object... values) {
		return Arrays.stream(values).map((v) -> (v != null) ? v.toString() : "").collect(Collectors.joining(FIELD));
	}

	static List<GuestDetail.Disk> disks(String joined) {
		return split(joined).stream()
			.map(Rows::fields)
			.map((f) -> new GuestDetail.Disk(f[0], field(f, 1), size(field(f, 2))))
			.toList();
	}

	static List<GuestDetail.Nic> nics(String joined) {
		return split(joined).stream()
			.map(Rows::fields)
			.map((f) -> new GuestDetail.Nic(f[0], field(f, 1), field(f, 2)))
			.toList();
	}

	static List<GuestDetail.PciDevice> pciDevices(String joined) {
		return split(joined).stream()
			.map(Rows::fields)
			.map((f) -> new GuestDetail.PciDevice(f[0], field(f, 1)))
			.toList();
	}

	private static String[] fields(String line) {
		return line.split(FIELD, -1);
	}

	// a line clipped by its column's length may lack its last values
	private static String field(String[] fields, int index) {
		return (index < fields.length && !fields[index].isEmpty()) ? fields[index] : null;
	}

	private static Long size(String digits) {
		try {
			return (digits != null) ? Long.valueOf(digits) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Containers may have a fractional cpulimit; the page shows whole vCPUs. */
	static Integer cpus(Double cpus) {
		return (cpus != null) ? (int) Math.ceil(cpus) : null;
	}

	/**
	 * What {@code poll_guest.status} stores: PVE's word for the state, as the columns
	 * always held. Lossy on purpose: the pages treat a migrating guest as running and an
	 * IO error as a pause.
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
	 * The stored word back to the state, the reverse of {@link #status}; a stopped VM
	 * holding the lock its suspend to disk took is hibernated, as PVE derives it.
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
