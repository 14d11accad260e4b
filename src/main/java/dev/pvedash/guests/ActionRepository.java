package dev.pvedash.guests;

import static dev.pvedash.system.UtcColumns.utc;
import static dev.pvedash.system.UtcColumns.instant;
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

@Repository
class ActionRepository {

	private final JdbcClient jdbc;

	ActionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Throws DuplicateKeyException (or a lock failure) when another action on the guest
	 * is in flight.
	 */
	long claim(GuestView guest, GuestAction action, String detail, String actor, String clientAddress, Instant at) {
		this.jdbc.sql("""
				insert into guest_action (vmid, node, guest_type, guest_name, action, detail, actor, client_address,
				    requested_at, state, in_flight_vmid)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(guest.vmid(), guest.node(), guest.type().wire(), clip(guest.name(), 128), action.word(),
					clip(detail, 128), clip(actor, 64), clip(clientAddress, 64), utc(at), ActionState.CLAIMED.name(),
					guest.vmid())
			.update();
		return this.jdbc.sql("select id from guest_action where in_flight_vmid = ?")
			.param(guest.vmid())
			.query(Long.class)
			.single();
	}

	void started(long id, String upid) {
		this.jdbc.sql("update guest_action set upid = ?, state = ? where id = ?")
			.params(upid, ActionState.RUNNING.name(), id)
			.update();
	}

	void progress(long id, String lastLogLine) {
		this.jdbc.sql("update guest_action set last_log_line = ? where id = ?")
			.params(clip(lastLogLine, 512), id)
			.update();
	}

	/**
	 * Frees the guest for the next action; false when the action had already ended
	 * (recorded once only).
	 */
	boolean ended(long id, ActionState state, String exitStatus, Instant at) {
		return this.jdbc.sql("""
				update guest_action set state = ?, exit_status = ?, ended_at = ?, in_flight_vmid = null
				where id = ? and in_flight_vmid is not null""")
			.params(state.name(), clip(exitStatus, 512), utc(at), id)
			.update() == 1;
	}

	Optional<ActionRecord> find(long id) {
		return this.jdbc.sql("select * from guest_action where id = ?")
			.param(id)
			.query(ActionRepository::map)
			.optional();
	}

	Optional<ActionRecord> inFlight(int vmid) {
		return this.jdbc.sql("select * from guest_action where in_flight_vmid = ?")
			.param(vmid)
			.query(ActionRepository::map)
			.optional();
	}

	/**
	 * The guest's latest actions that reached PVE as a task (with a UPID), newest first.
	 */
	List<ActionRecord> recentTasks(int vmid, int limit) {
		return this.jdbc.sql("select * from guest_action where vmid = ? and upid is not null order by id desc limit ?")
			.params(vmid, Math.max(0, limit))
			.query(ActionRepository::map)
			.list();
	}

	List<ActionRecord> allInFlight() {
		return this.jdbc.sql("select * from guest_action where in_flight_vmid is not null order by id")
			.query(ActionRepository::map)
			.list();
	}

	private static ActionRecord map(ResultSet rs, int row) throws SQLException {
		return new ActionRecord(rs.getLong("id"), rs.getInt("vmid"), rs.getString("node"),
				GuestType.fromWire(rs.getString("guest_type")), rs.getString("guest_name"), rs.getString("action"),
				rs.getString("detail"), rs.getString("actor"), rs.getString("client_address"),
				instant(rs, "requested_at"), rs.getString("upid"), ActionState.valueOf(rs.getString("state")),
				rs.getString("exit_status"), rs.getString("last_log_line"), instant(rs, "ended_at"));
	}

}
