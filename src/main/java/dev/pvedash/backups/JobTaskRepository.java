package dev.pvedash.backups;

import static dev.pvedash.system.TextColumns.clip;
import static dev.pvedash.system.UtcColumns.instant;
import static dev.pvedash.system.UtcColumns.utc;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which job tasks (several guests, one UPID) have had their log read, and when to try a
 * failed read again.
 */
@Repository
class JobTaskRepository {

	private final JdbcClient jdbc;

	JobTaskRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** By UPID; small, since rows go with the inventory's week of tasks. */
	Map<String, JobTask> all() {
		return this.jdbc.sql("select upid, attempts, done_at, retry_after, error from backup_job_task")
			.query((rs, row) -> new JobTask(rs.getString("upid"), rs.getInt("attempts"), instant(rs, "done_at"),
					instant(rs, "retry_after"), rs.getString("error")))
			.list()
			.stream()
			.collect(Collectors.toMap(JobTask::upid, Function.identity()));
	}

	/** Read (or gone from PVE, then {@code error} says why): never read again. */
	void done(String upid, Instant started, int attempts, Instant now, int guests, String error) {
		save(upid, started, attempts, now, now, guests, error, null);
	}

	void failed(String upid, Instant started, int attempts, Instant now, String error, Instant retryAfter) {
		save(upid, started, attempts, now, null, null, error, retryAfter);
	}

	void forget(Instant startedBefore) {
		this.jdbc.sql("delete from backup_job_task where started < ?").params(utc(startedBefore)).update();
	}

	private void save(String upid, Instant started, int attempts, Instant now, Instant done, Integer guests,
			String error, Instant retryAfter) {
		this.jdbc.sql("""
				merge into backup_job_task (upid, started, attempts, attempted_at, done_at, guests, error, retry_after)
				key (upid) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(upid, utc(started), attempts, utc(now), utc(done), guests, clip(error, 512), utc(retryAfter))
			.update();
	}

	/** {@code attempts}: log reads so far, for the back-off. */
	record JobTask(String upid, int attempts, Instant doneAt, Instant retryAfter, String error) {

		boolean due(Instant now) {
			return this.doneAt == null && (this.retryAfter == null || !now.isBefore(this.retryAfter));
		}

	}

}
