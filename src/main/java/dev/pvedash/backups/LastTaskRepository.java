package dev.pvedash.backups;

import static dev.pvedash.system.TextColumns.clip;
import static dev.pvedash.system.UtcColumns.instant;
import static dev.pvedash.system.UtcColumns.utc;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.pvedash.inventory.TaskView;
import dev.pvedash.inventory.TaskState;

/**
 * The newest vzdump task per guest, kept after the inventory forgets its tasks (a week).
 */
@Repository
class LastTaskRepository {

	private final JdbcClient jdbc;

	private final BackupsVersion version;

	LastTaskRepository(JdbcClient jdbc, BackupsVersion version) {
		this.jdbc = jdbc;
		this.version = version;
	}

	/**
	 * Keeps the task if it is the guest's newest (or the same one, whose status may have
	 * moved on).
	 */
	void offer(TaskView task) {
		this.jdbc.sql("""
				merge into backup_last_task (vmid, upid, node, started, ended, status, exit_status)
				key (vmid) select ?, ?, ?, ?, ?, ?, ? from dual
				where not exists (select 1 from backup_last_task where vmid = ? and started > ?)""")
			.params(task.vmid(), task.upid(), task.node(), utc(task.started()), utc(task.ended()), task.status().word(),
					clip(task.exitStatus(), 512), task.vmid(), utc(task.started()))
			.update();
		this.version.written();
	}

	Map<Integer, StoredLastTask> all() {
		return this.jdbc.sql("select * from backup_last_task")
			.query((rs, row) -> new StoredLastTask(rs.getInt("vmid"), rs.getString("upid"), rs.getString("node"),
					instant(rs, "started"), instant(rs, "ended"), TaskState.fromWord(rs.getString("status")),
					rs.getString("exit_status")))
			.list()
			.stream()
			.collect(Collectors.toMap(StoredLastTask::vmid, Function.identity()));
	}

	List<StoredLastTask> list() {
		return all().values().stream().sorted(java.util.Comparator.comparingInt(StoredLastTask::vmid)).toList();
	}

}
