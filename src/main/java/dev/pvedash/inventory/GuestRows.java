package dev.pvedash.inventory;

import static dev.pvedash.system.TextColumns.clip;
import static dev.pvedash.system.UtcColumns.utc;

import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;

import dev.pvedash.proxmox.GuestResource;

/**
 * Every guest row of one cycle in two JDBC batches, update then insert for the rows the
 * update did not find, so a partial read never wipes the config columns. One prepared
 * statement for all rows and typed parameters (a null of unknown type costs a metadata
 * lookup per value): at 2,000 guests, row-by-row statements were the largest part of the
 * cycle's CPU time (docs/polling.md, "Cost of a cycle").
 */
final class GuestRows {

	private static final String UPDATE = """
			update poll_guest set config_due = ?, type = ?, node = ?, name = ?, status = ?, cpu = ?, cpus = ?, mem = ?,
			maxmem = ?, uptime = ?, tags = ?, lock_name = ?, template = ?, as_of = ? where vmid = ?""";

	private static final String INSERT = """
			insert into poll_guest (config_due, type, node, name, status, cpu, cpus, mem, maxmem, uptime, tags,
			lock_name, template, as_of, vmid) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	// the same order in both statements; never-null values keep the driver's own mapping
	private static final int[] TYPES = { Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.DOUBLE, Types.INTEGER, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
			Types.BOOLEAN, SqlTypeValue.TYPE_UNKNOWN, Types.INTEGER };

	private final JdbcTemplate jdbc;

	GuestRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param configDue the guests whose config summary is still to be read (new, changed,
	 * or past the per-cycle cap)
	 */
	void write(List<GuestResource> guests, Set<Integer> configDue, Instant now) {
		List<Object[]> rows = new ArrayList<>(guests.size());
		for (GuestResource guest : guests) {
			rows.add(new Object[] { configDue.contains(guest.vmid()), guest.type().wire(), guest.node(),
					clip(guest.name(), 128), Rows.status(guest.state()), guest.cpu(), Rows.cpus(guest.cpus()),
					guest.mem(), guest.maxmem(), guest.uptime(), Rows.join(guest.tags()), guest.lock(),
					guest.template(), utc(now), guest.vmid() });
		}
		int[] updated = this.jdbc.batchUpdate(UPDATE, rows, TYPES);
		List<Object[]> missing = new ArrayList<>();
		for (int i = 0; i < updated.length; i++) {
			if (updated[i] == 0) {
				missing.add(rows.get(i));
			}
		}
		if (!missing.isEmpty()) {
			this.jdbc.batchUpdate(INSERT, missing, TYPES);
		}
	}

}
