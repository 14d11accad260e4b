package dev.pvedash.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import dev.pvedash.proxmox.GuestState;

/** Conversions between stored columns and view values, shared by the writer and the reader. */
final class Rows {

	// lists are stored one item per line: names, volumes and PCI addresses never contain a newline
	private static final String SEPARATOR = "\n";

	private Rows() {
	}

	static OffsetDateTime time(Instant instant) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
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

	static String clip(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

	/** Containers may have a fractional cpulimit; the page shows whole vCPUs. */
	static Integer cpus(Double cpus) {
		return (cpus != null) ? (int) Math.ceil(cpus) : null;
	}

	/** PVE's words for the state (the GuestView contract), not the enum names. */
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

}
