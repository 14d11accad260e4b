package dev.pvedash.snapshots;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.pvedash.system.UtcColumns;

@Repository
class ScheduleRepository {

	private final JdbcClient jdbc;

	private final SnapshotsVersion version;

	ScheduleRepository(JdbcClient jdbc, SnapshotsVersion version) {
		this.jdbc = jdbc;
		this.version = version;
	}

	/**
	 * A new schedule fires first after {@code now}: what passed before it existed is not
	 * "missed".
	 */
	long insert(ScheduleForm form, Instant now) {
		this.jdbc.sql("""
				insert into snapshot_schedule (name, vmids, tag, cron, keep_last, prefix, include_ram, storage_limit,
				    enabled, created_at, active_since, fired_through)
				values (?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?)""")
			.params(form.name(), vmids(form), tag(form), form.cronExpression(), form.keep(), form.prefix(),
					form.includeRam(), form.storageLimit(), UtcColumns.utc(now), UtcColumns.utc(now),
					UtcColumns.utc(now))
			.update();
		this.version.written();
		return this.jdbc.sql("select id from snapshot_schedule where name = ?")
			.param(form.name())
			.query(Long.class)
			.single();
	}

	/** A new time counts from now, like a new schedule; otherwise its history stands. */
	void update(long id, ScheduleForm form, boolean newTime, Instant now) {
		this.jdbc.sql("""
				update snapshot_schedule set name = ?, vmids = ?, tag = ?, cron = ?, keep_last = ?, prefix = ?,
				    include_ram = ?, storage_limit = ?,
				    active_since = case when ? then ? else active_since end,
				    fired_through = case when ? then ? else fired_through end
				where id = ?""")
			.params(form.name(), vmids(form), tag(form), form.cronExpression(), form.keep(), form.prefix(),
					form.includeRam(), form.storageLimit(), newTime, UtcColumns.utc(now), newTime, UtcColumns.utc(now),
					id)
			.update();
		this.version.written();
	}

	/**
	 * Enabling starts afresh: runs missed while disabled are not caught up, and the
	 * dead-man counts from now.
	 */
	void enabled(long id, boolean enabled, Instant now) {
		this.jdbc.sql("""
				update snapshot_schedule set enabled = ?,
				    active_since = case when ? then ? else active_since end,
				    fired_through = case when ? then ? else fired_through end
				where id = ?""")
			.params(enabled, enabled, UtcColumns.utc(now), enabled, UtcColumns.utc(now), id)
			.update();
		this.version.written();
	}

	void firedThrough(long id, Instant fireTime) {
		this.jdbc.sql("update snapshot_schedule set fired_through = ? where id = ?")
			.params(UtcColumns.utc(fireTime), id)
			.update();
		this.version.written();
	}

	void delete(long id) {
		this.jdbc.sql("delete from snapshot_schedule where id = ?").param(id).update();
		this.version.written();
	}

	Optional<Schedule> find(long id) {
		return this.jdbc.sql("select * from snapshot_schedule where id = ?")
			.param(id)
			.query(ScheduleRepository::map)
			.optional();
	}

	Optional<Schedule> findByName(String name) {
		return this.jdbc.sql("select * from snapshot_schedule where name = ?")
			.param(name)
			.query(ScheduleRepository::map)
			.optional();
	}

	List<Schedule> all() {
		return this.jdbc.sql("select * from snapshot_schedule order by name").query(ScheduleRepository::map).list();
	}

	private static String vmids(ScheduleForm form) {
		return form.byTag() ? null : form.vmids().stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	private static String tag(ScheduleForm form) {
		return form.byTag() ? form.tag().strip() : null;
	}

	private static Schedule map(ResultSet rs, int row) throws SQLException {
		String vmids = rs.getString("vmids");
		List<Integer> list = (vmids == null || vmids.isEmpty()) ? List.of()
				: Arrays.stream(vmids.split(",")).map(Integer::valueOf).toList();
		return new Schedule(rs.getLong("id"), rs.getString("name"), list, rs.getString("tag"), rs.getString("cron"),
				rs.getInt("keep_last"), rs.getString("prefix"), rs.getBoolean("include_ram"),
				rs.getInt("storage_limit"), rs.getBoolean("enabled"), UtcColumns.instant(rs, "created_at"),
				UtcColumns.instant(rs, "active_since"), UtcColumns.instant(rs, "fired_through"));
	}

}
