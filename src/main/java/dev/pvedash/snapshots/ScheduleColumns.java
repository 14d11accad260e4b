package dev.pvedash.snapshots;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants to and from H2's {@code timestamp with time zone}, always stored in UTC. */
final class ScheduleColumns {

	private ScheduleColumns() {
	}

	static OffsetDateTime utc(Instant at) {
		return (at != null) ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC) : null;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
