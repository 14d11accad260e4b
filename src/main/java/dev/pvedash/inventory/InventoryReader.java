package dev.pvedash.inventory;

import static dev.pvedash.system.UtcColumns.instant;
import static dev.pvedash.system.UtcColumns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what the poller stored; H2 only, so pages answer at once whatever PVE is doing.
 */
@Repository
class InventoryReader {

	private final JdbcClient jdbc;

	InventoryReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * With the old threshold (two stored intervals), for callers that do not know the
	 * active interval.
	 */
	EndpointState endpoint(boolean demo, List<String> warnings) {
		return endpoint(demo, warnings, null, false);
	}

	/**
	 * @param staleAfter null: two of the stored interval
	 */
	EndpointState endpoint(boolean demo, List<String> warnings, Duration staleAfter, boolean refreshing) {
		return this.jdbc.sql("select * from poll_endpoint where id = 1").query((rs, row) -> {
			Duration interval = Duration.ofMillis(rs.getLong("interval_ms"));
			return new EndpointState(demo, instant(rs, "last_good_at"), instant(rs, "last_attempt_at"), interval,
					rs.getString("error_kind"), rs.getString("error_message"), warnings, rs.getInt("failed_cycles"),
					(staleAfter != null) ? staleAfter : interval.multipliedBy(2), refreshing,
					rs.getBoolean("nodes_hidden"));
		}).single();
	}

	Instant lastSweep() {
		return this.jdbc.sql("select last_sweep_at from poll_endpoint where id = 1")
			.query((rs, row) -> Optional.ofNullable(instant(rs, "last_sweep_at")))
			.single()
			.orElse(null);
	}

	List<HostView> hosts() {
		return this.jdbc.sql("select * from poll_node order by node")
			.query((rs, row) -> new HostView(rs.getString("node"), rs.getBoolean("online"),
					Rows.nullable(rs, "cpu", Double.class), rs.getString("cpu_model"),
					Rows.nullable(rs, "sockets", Integer.class), Rows.nullable(rs, "cores", Integer.class),
					Rows.nullable(rs, "threads", Integer.class), Rows.nullable(rs, "mem_used", Long.class),
					Rows.nullable(rs, "mem_total", Long.class), Rows.nullable(rs, "swap_used", Long.class),
					Rows.nullable(rs, "swap_total", Long.class), Rows.nullable(rs, "root_used", Long.class),
					Rows.nullable(rs, "root_total", Long.class), loadavg(rs.getString("loadavg")),
					Rows.nullable(rs, "uptime", Long.class), rs.getString("pve_version"), rs.getString("kernel"),
					instant(rs, "as_of"), rs.getString("status_error")))
			.list();
	}

	List<StorageView> storages() {
		return this.jdbc.sql("select * from poll_storage order by node, storage")
			.query((rs, row) -> new StorageView(rs.getString("node"), rs.getString("storage"), rs.getString("type"),
					(rs.getString("content") == null) ? Set.of()
							: new LinkedHashSet<>(Arrays.asList(rs.getString("content").split(","))),
					Rows.nullable(rs, "used", Long.class), Rows.nullable(rs, "total", Long.class),
					rs.getBoolean("active"), rs.getBoolean("shared"), instant(rs, "as_of")))
			.list();
	}

	List<GuestView> guests() {
		return this.jdbc.sql("select * from poll_guest order by vmid").query((rs, row) -> guest(rs)).list();
	}

	Optional<GuestDetail> guest(int vmid) {
		return this.jdbc.sql("select * from poll_guest where vmid = ?")
			.param(vmid)
			.query((rs, row) -> detail(rs))
			.optional();
	}

	List<GuestDetail> guestDetails() {
		return this.jdbc.sql("select * from poll_guest order by vmid").query((rs, row) -> detail(rs)).list();
	}

	private GuestDetail detail(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new GuestDetail(guest(rs), Rows.nullable(rs, "cores", Integer.class),
				Rows.nullable(rs, "sockets", Integer.class), Rows.nullable(rs, "memory_mib", Long.class),
				Rows.disks(rs.getString("disks")), Rows.nics(rs.getString("nics")), rs.getBoolean("onboot"),
				Rows.nullable(rs, "startup_order", Integer.class), rs.getBoolean("protection"),
				Rows.pciDevices(rs.getString("pci_devices")), rs.getString("description"), instant(rs, "config_as_of"),
				rs.getString("config_error"));
	}

	Map<Integer, StoredGuest> storedGuests() {
		return this.jdbc.sql("select * from poll_guest")
			.query((rs, row) -> new StoredGuest(rs.getInt("vmid"), rs.getString("node"), rs.getString("name"),
					rs.getBoolean("template"), Rows.nullable(rs, "cpus", Integer.class),
					Rows.nullable(rs, "maxmem", Long.class), Rows.split(rs.getString("tags")),
					rs.getString("lock_name"), rs.getBoolean("config_due"), instant(rs, "config_as_of")))
			.list()
			.stream()
			.collect(Collectors.toMap(StoredGuest::vmid, Function.identity()));
	}

	/** Per node, the start of its oldest task still running when last read. */
	Map<String, Instant> oldestRunningTask() {
		return this.jdbc.sql("select node, min(started) as oldest from poll_task where status = ? group by node")
			.param(TaskState.RUNNING.word())
			.query((rs, row) -> Map.entry(rs.getString("node"), instant(rs, "oldest")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	List<TaskView> recentTasks(int vmid, int limit) {
		return this.jdbc.sql("select * from poll_task where vmid = ? order by started desc, upid desc limit ?")
			.params(vmid, Math.max(0, limit))
			.query((rs, row) -> task(rs))
			.list();
	}

	List<TaskView> tasks(Set<String> types, Instant since) {
		if (types.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select * from poll_task where type in (:types) and started >= :since order by started, upid")
			.param("types", List.copyOf(types))
			.param("since", utc(since))
			.query((rs, row) -> task(rs))
			.list();
	}

	private static TaskView task(ResultSet rs) throws SQLException {
		return new TaskView(rs.getString("upid"), rs.getString("node"), Rows.nullable(rs, "vmid", Integer.class),
				rs.getString("type"), rs.getString("user_name"), instant(rs, "started"), instant(rs, "ended"),
				TaskState.fromWord(rs.getString("status")), rs.getString("exit_status"));
	}

	private static GuestView guest(ResultSet rs) throws SQLException {
		return new GuestView(rs.getInt("vmid"), Rows.type(rs.getString("type")), rs.getString("node"),
				rs.getString("name"), Rows.state(rs.getString("status"), rs.getString("lock_name")),
				Rows.nullable(rs, "cpu", Double.class), Rows.nullable(rs, "cpus", Integer.class),
				Rows.nullable(rs, "mem", Long.class), Rows.nullable(rs, "maxmem", Long.class),
				Rows.nullable(rs, "uptime", Long.class), Rows.split(rs.getString("tags")), rs.getString("lock_name"),
				rs.getBoolean("template"), instant(rs, "as_of"));
	}

	private static List<Double> loadavg(String joined) {
		return (joined == null) ? List.of() : Arrays.stream(joined.split(" ")).map(Double::valueOf).toList();
	}

}
