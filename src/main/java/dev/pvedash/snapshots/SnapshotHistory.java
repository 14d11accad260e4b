package dev.pvedash.snapshots;

import static dev.pvedash.system.TextColumns.clip;
import static dev.pvedash.system.UtcColumns.utc;
import static dev.pvedash.system.UtcColumns.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.pvedash.proxmox.GuestType;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.proxmox.Snapshot;

/** The snapshot history table: rows are added and closed (deleted_at), never removed. */
@Repository
class SnapshotHistory {

	private static final String NEWEST_FIRST = " order by coalesce(snaptime, first_seen) desc, id desc";

	// longer descriptions than the column holds are cut rather than failing the whole
	// read
	private static final int MAX_DESCRIPTION = 16384;

	private final JdbcClient jdbc;

	private final SnapshotsVersion version;

	SnapshotHistory(JdbcClient jdbc, SnapshotsVersion version) {
		this.jdbc = jdbc;
		this.version = version;
	}

	List<StoredSnapshot> live(int vmid) {
		return this.jdbc.sql("select * from snapshot_history where vmid = ? and deleted_at is null" + NEWEST_FIRST)
			.param(vmid)
			.query((rs, row) -> row(rs))
			.list();
	}

	/** Every row of the guest, deleted ones included, newest first. */
	List<StoredSnapshot> all(int vmid) {
		return this.jdbc.sql("select * from snapshot_history where vmid = ?" + NEWEST_FIRST)
			.param(vmid)
			.query((rs, row) -> row(rs))
			.list();
	}

	/** Live snapshots of every guest, for the warnings. */
	List<StoredSnapshot> allLive() {
		return this.jdbc.sql("select * from snapshot_history where deleted_at is null" + NEWEST_FIRST)
			.query((rs, row) -> row(rs))
			.list();
	}

	/** One page of the timeline; {@code vmids} null means every guest. */
	List<StoredSnapshot> timeline(Collection<Integer> vmids, MadeBy madeBy, boolean withDeleted, int limit,
			int offset) {
		return this.jdbc
			.sql("select * from snapshot_history" + where(vmids, madeBy, withDeleted) + NEWEST_FIRST
					+ " limit :limit offset :offset")
			.params(params(vmids, madeBy))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> row(rs))
			.list();
	}

	int count(Collection<Integer> vmids, MadeBy madeBy, boolean withDeleted) {
		return this.jdbc.sql("select count(*) from snapshot_history" + where(vmids, madeBy, withDeleted))
			.params(params(vmids, madeBy))
			.query(Integer.class)
			.single();
	}

	void add(GuestView guest, Snapshot snapshot, Attribution attribution, Instant now) {
		this.jdbc.sql("""
				insert into snapshot_history (vmid, name, node, guest_type, guest_name, description, snaptime,
				parent, vmstate, snapstate, made_by, made_by_who, first_seen, last_seen)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(guest.vmid(), snapshot.name(), guest.node(), guest.type().wire(), guest.name(),
					clip(snapshot.description(), MAX_DESCRIPTION), utc(snapshot.snaptime()), snapshot.parent(),
					snapshot.vmstate(), snapshot.snapstate(), attribution.madeBy().name(), attribution.who(), utc(now),
					utc(now))
			.update();
		this.version.written();
	}

	void seen(long id, GuestView guest, Snapshot snapshot, Instant now) {
		this.jdbc.sql("""
				update snapshot_history set node = ?, guest_name = ?, description = ?, snaptime = ?, parent = ?,
				vmstate = ?, snapstate = ?, last_seen = ? where id = ?""")
			.params(guest.node(), guest.name(), clip(snapshot.description(), MAX_DESCRIPTION), utc(snapshot.snaptime()),
					snapshot.parent(), snapshot.vmstate(), snapshot.snapstate(), utc(now), id)
			.update();
		this.version.written();
	}

	void attribute(long id, Attribution attribution) {
		this.jdbc.sql("update snapshot_history set made_by = ?, made_by_who = ? where id = ?")
			.params(attribution.madeBy().name(), attribution.who(), id)
			.update();
		this.version.written();
	}

	void noticedGone(long id, Instant now) {
		this.jdbc.sql("update snapshot_history set deleted_at = ? where id = ? and deleted_at is null")
			.params(utc(now), id)
			.update();
		this.version.written();
	}

	private static String where(Collection<Integer> vmids, MadeBy madeBy, boolean withDeleted) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		if (vmids != null) {
			where.append(vmids.isEmpty() ? " and 1 = 0" : " and vmid in (:vmids)");
		}
		if (madeBy != null) {
			where.append(" and made_by = :madeBy");
		}
		if (!withDeleted) {
			where.append(" and deleted_at is null");
		}
		return where.toString();
	}

	private static java.util.Map<String, Object> params(Collection<Integer> vmids, MadeBy madeBy) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		if (vmids != null && !vmids.isEmpty()) {
			params.put("vmids", vmids);
		}
		if (madeBy != null) {
			params.put("madeBy", madeBy.name());
		}
		return params;
	}

	private static StoredSnapshot row(ResultSet rs) throws SQLException {
		return new StoredSnapshot(rs.getLong("id"), rs.getInt("vmid"), rs.getString("name"), rs.getString("node"),
				GuestType.fromWire(rs.getString("guest_type")), rs.getString("guest_name"), rs.getString("description"),
				instant(rs, "snaptime"), rs.getString("parent"), rs.getBoolean("vmstate"), rs.getString("snapstate"),
				MadeBy.parse(rs.getString("made_by")), rs.getString("made_by_who"), instant(rs, "first_seen"),
				instant(rs, "last_seen"), instant(rs, "deleted_at"));
	}

}
