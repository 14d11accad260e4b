package dev.pvedash.backups;

import static dev.pvedash.system.TextColumns.clip;
import static dev.pvedash.system.UtcColumns.instant;
import static dev.pvedash.system.UtcColumns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * PVE's backup jobs, the guests no job covers, and the read state of each endpoint the
 * sync reads.
 */
@Repository
class BackupJobRepository {

	private final JdbcClient jdbc;

	private final BackupsVersion version;

	BackupJobRepository(JdbcClient jdbc, BackupsVersion version) {
		this.jdbc = jdbc;
		this.version = version;
	}

	@Transactional
	void replaceJobs(List<BackupSource.JobEntry> jobs) {
		this.jdbc.sql("delete from backup_job").update();
		for (BackupSource.JobEntry j : jobs) {
			this.jdbc.sql("""
					insert into backup_job (id, schedule, next_run, storage, vmids, all_guests, exclude, pool, enabled,
					comment) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(j.id(), j.schedule(), utc(j.nextRun()), j.storage(), join(j.vmids()), j.all(),
						join(j.exclude()), j.pool(), j.enabled(), clip(j.comment(), 512))
				.update();
		}
		this.version.written();
	}

	@Transactional
	void replaceUncovered(List<BackupSource.UncoveredEntry> guests) {
		this.jdbc.sql("delete from backup_uncovered").update();
		for (BackupSource.UncoveredEntry g : guests) {
			this.jdbc.sql("insert into backup_uncovered (vmid, name, type) values (?, ?, ?)")
				.params(g.vmid(), g.name(), g.type())
				.update();
		}
		this.version.written();
	}

	List<StoredJob> jobs() {
		return this.jdbc.sql("select * from backup_job order by id").query(BackupJobRepository::job).list();
	}

	List<BackupSource.UncoveredEntry> uncovered() {
		return this.jdbc.sql("select * from backup_uncovered order by vmid")
			.query((rs, row) -> new BackupSource.UncoveredEntry(rs.getInt("vmid"), rs.getString("name"),
					rs.getString("type")))
			.list();
	}

	void read(String source, Instant now) {
		this.jdbc.sql("""
				merge into backup_source (source, attempted_at, read_at, error_kind, error, retry_after)
				key (source) values (?, ?, ?, null, null, null)""").params(source, utc(now), utc(now)).update();
		this.version.written();
	}

	void failed(String source, Instant now, String kind, String error, Instant retryAfter) {
		this.jdbc.sql("""
				merge into backup_source (source, attempted_at, read_at, error_kind, error, retry_after)
				key (source) values (?, ?, (select read_at from backup_source where source = ?), ?, ?, ?)""")
			.params(source, utc(now), source, kind, clip(error, 512), utc(retryAfter))
			.update();
		this.version.written();
	}

	Map<String, SourceState> sources() {
		return this.jdbc.sql("select * from backup_source")
			.query((rs, row) -> new SourceState(rs.getString("source"), instant(rs, "attempted_at"),
					instant(rs, "read_at"), rs.getString("error_kind"), rs.getString("error"),
					instant(rs, "retry_after")))
			.list()
			.stream()
			.collect(Collectors.toMap(SourceState::source, Function.identity()));
	}

	private static StoredJob job(ResultSet rs, int row) throws SQLException {
		return new StoredJob(rs.getString("id"), rs.getString("schedule"), instant(rs, "next_run"),
				rs.getString("storage"), split(rs.getString("vmids")), rs.getBoolean("all_guests"),
				split(rs.getString("exclude")), rs.getString("pool"), rs.getBoolean("enabled"),
				rs.getString("comment"));
	}

	private static String join(List<Integer> vmids) {
		return vmids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	private static List<Integer> split(String vmids) {
		return (vmids == null || vmids.isBlank()) ? List.of()
				: Arrays.stream(vmids.split(",")).map(String::trim).map(Integer::valueOf).toList();
	}

}
