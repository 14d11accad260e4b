package dev.pvedash.snapshots;

import static dev.pvedash.system.TextColumns.clip;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.pvedash.proxmox.GuestType;
import dev.pvedash.inventory.GuestView;

import static dev.pvedash.system.UtcColumns.instant;
import static dev.pvedash.system.UtcColumns.utc;

/** Per-guest read state of the snapshot lists, and the origins of our own snapshots. */
@Repository
class SyncStates {

	private final JdbcClient jdbc;

	SyncStates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<GuestSyncState> all() {
		return this.jdbc.sql("select * from snapshot_guest order by vmid").query((rs, row) -> row(rs)).list();
	}

	Optional<GuestSyncState> find(int vmid) {
		return this.jdbc.sql("select * from snapshot_guest where vmid = ?")
			.param(vmid)
			.query((rs, row) -> row(rs))
			.optional();
	}

	/** A guest the inventory lists for the first time: due at once. */
	void register(GuestView guest, Instant now) {
		this.jdbc.sql("""
				insert into snapshot_guest (vmid, node, guest_type, guest_name, due_since) values (?, ?, ?, ?, ?)""")
			.params(guest.vmid(), guest.node(), guest.type().wire(), guest.name(), utc(now))
			.update();
	}

	/**
	 * Due again (a snapshot task or our own action); an earlier reason keeps its place in
	 * the queue.
	 */
	void markDue(int vmid, Instant now) {
		this.jdbc.sql("update snapshot_guest set due_since = coalesce(due_since, ?) where vmid = ?")
			.params(utc(now), vmid)
			.update();
	}

	/** Our own action ended: read at the next run even if an earlier read failed. */
	void markDueNow(int vmid, Instant now) {
		this.jdbc.sql("update snapshot_guest set due_since = coalesce(due_since, ?), retry_at = null where vmid = ?")
			.params(utc(now), vmid)
			.update();
	}

	void read(GuestView guest, String currentParent, Instant now) {
		this.jdbc.sql("""
				update snapshot_guest set node = ?, guest_type = ?, guest_name = ?, current_parent = ?, read_at = ?,
				due_since = null, failures = 0, last_error = null, retry_at = null where vmid = ?""")
			.params(guest.node(), guest.type().wire(), guest.name(), currentParent, utc(now), guest.vmid())
			.update();
	}

	void failed(int vmid, int failures, String error, Instant retryAt) {
		this.jdbc.sql("update snapshot_guest set failures = ?, last_error = ?, retry_at = ? where vmid = ?")
			.params(failures, clip(error, 500), utc(retryAt), vmid)
			.update();
	}

	void origin(int vmid, String name, String actor, Instant endedAt) {
		this.jdbc.sql("insert into snapshot_origin (vmid, name, actor, ended_at) values (?, ?, ?, ?)")
			.params(vmid, name, actor, utc(endedAt))
			.update();
	}

	List<Origin> origins(int vmid) {
		return this.jdbc.sql("select * from snapshot_origin where vmid = ? order by ended_at desc")
			.param(vmid)
			.query((rs, row) -> new Origin(rs.getInt("vmid"), rs.getString("name"), rs.getString("actor"),
					instant(rs, "ended_at")))
			.list();
	}

	private static GuestSyncState row(ResultSet rs) throws SQLException {
		return new GuestSyncState(rs.getInt("vmid"), rs.getString("node"),
				GuestType.fromWire(rs.getString("guest_type")), rs.getString("guest_name"),
				rs.getString("current_parent"), instant(rs, "read_at"), instant(rs, "due_since"), rs.getInt("failures"),
				rs.getString("last_error"), instant(rs, "retry_at"));
	}

}
