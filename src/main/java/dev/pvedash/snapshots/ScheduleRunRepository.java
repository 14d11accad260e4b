package dev.pvedash.snapshots;

import static dev.pvedash.system.TextColumns.clip;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.pvedash.inventory.GuestView;
import dev.pvedash.system.UtcColumns;

@Repository
class ScheduleRunRepository {

	private final JdbcClient jdbc;

	private final SnapshotsVersion version;

	ScheduleRunRepository(JdbcClient jdbc, SnapshotsVersion version) {
		this.jdbc = jdbc;
		this.version = version;
	}

	/** Throws DuplicateKeyException when the schedule already has a run in flight. */
	long claim(long scheduleId, String trigger, Instant fireTime, String snapshotName, Instant now) {
		this.jdbc
			.sql("""
					insert into snapshot_schedule_run (schedule_id, trigger_kind, fire_time, snapshot_name, started_at, state,
					    in_flight_schedule)
					values (?, ?, ?, ?, ?, ?, ?)""")
			.params(scheduleId, trigger, UtcColumns.utc(fireTime), snapshotName, UtcColumns.utc(now),
					RunState.RUNNING.name(), scheduleId)
			.update();
		this.version.written();
		return this.jdbc.sql("select id from snapshot_schedule_run where in_flight_schedule = ?")
			.param(scheduleId)
			.query(Long.class)
			.single();
	}

	void addGuest(long runId, int position, int vmid, String guestName) {
		this.jdbc.sql("""
				insert into snapshot_schedule_guest (run_id, position, vmid, guest_name, step)
				values (?, ?, ?, ?, 'WAITING')""").params(runId, position, vmid, clip(guestName, 128)).update();
	}

	void addGuests(long runId, List<GuestView> guests) {
		for (int i = 0; i < guests.size(); i++) {
			addGuest(runId, i, guests.get(i).vmid(), guests.get(i).name());
		}
	}

	void save(ScheduledGuest guest) {
		this.jdbc.sql("""
				update snapshot_schedule_guest set step = ?, outcome = ?, intentional = ?, reason = ?, attempts = ?,
				    retry_at = ?, task_id = ?, to_prune = ?, pruned = ?
				where id = ?""")
			.params(guest.step(), (guest.outcome() != null) ? guest.outcome().name() : null, guest.intentional(),
					clip(guest.reason(), 512), guest.attempts(), UtcColumns.utc(guest.retryAt()), guest.taskId(),
					join(guest.toPrune()), join(guest.pruned()), guest.id())
			.update();
	}

	/**
	 * Ends the run and frees the schedule for the next one; false when it had already
	 * ended.
	 */
	boolean finish(long runId, RunState state, String note, Instant at) {
		boolean ended = this.jdbc.sql("""
				update snapshot_schedule_run set state = ?, note = ?, ended_at = ?, in_flight_schedule = null
				where id = ? and in_flight_schedule is not null""")
			.params(state.name(), clip(note, 512), UtcColumns.utc(at), runId)
			.update() == 1;
		this.version.written();
		return ended;
	}

	List<ScheduleRun> allInFlight() {
		return this.jdbc.sql("select * from snapshot_schedule_run where in_flight_schedule is not null order by id")
			.query(ScheduleRunRepository::run)
			.list();
	}

	Optional<ScheduleRun> inFlight(long scheduleId) {
		return this.jdbc.sql("select * from snapshot_schedule_run where in_flight_schedule = ?")
			.param(scheduleId)
			.query(ScheduleRunRepository::run)
			.optional();
	}

	Optional<ScheduleRun> last(long scheduleId, boolean okOnly) {
		return this.jdbc
			.sql("select * from snapshot_schedule_run where schedule_id = ?" + (okOnly ? " and state = ?" : "")
					+ " order by started_at desc, id desc limit 1")
			.params(okOnly ? List.of(scheduleId, RunState.OK.name()) : List.of(scheduleId))
			.query(ScheduleRunRepository::run)
			.optional();
	}

	/** Newest first, one extra row to tell whether a next page exists. */
	List<ScheduleRun> page(long scheduleId, int page, int size) {
		return this.jdbc.sql("""
				select * from snapshot_schedule_run where schedule_id = ?
				order by started_at desc, id desc limit ? offset ?""")
			.params(scheduleId, size + 1, (long) page * size)
			.query(ScheduleRunRepository::run)
			.list();
	}

	List<ScheduledGuest> guests(long runId) {
		return this.jdbc.sql("select * from snapshot_schedule_guest where run_id = ? order by position")
			.param(runId)
			.query(ScheduleRunRepository::guest)
			.list();
	}

	private static ScheduleRun run(ResultSet rs, int row) throws SQLException {
		return new ScheduleRun(rs.getLong("id"), rs.getLong("schedule_id"), rs.getString("trigger_kind"),
				UtcColumns.instant(rs, "fire_time"), rs.getString("snapshot_name"),
				UtcColumns.instant(rs, "started_at"), UtcColumns.instant(rs, "ended_at"),
				RunState.of(rs.getString("state")), rs.getString("note"));
	}

	private static ScheduledGuest guest(ResultSet rs, int row) throws SQLException {
		Long task = rs.getObject("task_id", Long.class);
		return new ScheduledGuest(rs.getLong("id"), rs.getLong("run_id"), rs.getInt("position"), rs.getInt("vmid"),
				rs.getString("guest_name"), rs.getString("step"), GuestOutcome.of(rs.getString("outcome")),
				rs.getBoolean("intentional"), rs.getString("reason"), rs.getInt("attempts"),
				UtcColumns.instant(rs, "retry_at"), task, split(rs.getString("to_prune")),
				split(rs.getString("pruned")));
	}

	private static String join(List<String> names) {
		return (names == null || names.isEmpty()) ? null : clip(String.join(",", names), 2000);
	}

	private static List<String> split(String names) {
		return (names == null || names.isEmpty()) ? List.of() : Arrays.asList(names.split(","));
	}

}
