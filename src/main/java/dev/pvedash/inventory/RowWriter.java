package dev.pvedash.inventory;

import static dev.pvedash.system.TextColumns.clip;
import static dev.pvedash.system.UtcColumns.instant;
import static dev.pvedash.system.UtcColumns.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.pvedash.proxmox.GuestConfig;
import dev.pvedash.proxmox.NodeResource;
import dev.pvedash.proxmox.NodeStatus;
import dev.pvedash.proxmox.StorageResource;
import dev.pvedash.proxmox.TaskEntry;

/**
 * One statement per row kind: update-then-insert, so a partial read never wipes columns
 * it did not read.
 */
final class RowWriter {

	private final JdbcClient jdbc;

	RowWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the node's online flag and figures. Without a status, an online node takes
	 * the figures /cluster/resources gave; an offline or unreachable (595) one only
	 * changes its flag, and its last values stay with their as_of.
	 * @param status null when the node is offline, unreachable (595), its status was not
	 * due this cycle, or is not available (403, 501)
	 * @param error PVE's words for a missing status (595 reason, 403, 501), null when
	 * there is none
	 */
	void node(NodeResource node, NodeStatus status, boolean unreachable, String error, Instant now) {
		boolean online = node.online() && !unreachable;
		if (this.jdbc.sql("update poll_node set online = ?, status_error = ? where node = ?")
			.params(online, error, node.node())
			.update() == 0) {
			this.jdbc.sql("insert into poll_node (node, online, status_error) values (?, ?, ?)")
				.params(node.node(), online, error)
				.update();
		}
		if (status == null) {
			if (online) {
				this.jdbc.sql("""
						update poll_node set cpu = ?, threads = ?, mem_used = ?, mem_total = ?, root_used = ?,
						root_total = ?, uptime = ?, as_of = ? where node = ?""")
					.params(node.cpu(), node.maxcpu(), node.mem(), node.maxmem(), node.disk(), node.maxdisk(),
							node.uptime(), utc(now), node.node())
					.update();
			}
			return;
		}
		String loadavg = status.loadavg().stream().map(String::valueOf).collect(Collectors.joining(" "));
		this.jdbc.sql("""
				update poll_node set cpu = ?, cpu_model = ?, sockets = ?, cores = ?, threads = ?, mem_used = ?,
				mem_total = ?, swap_used = ?, swap_total = ?, root_used = ?, root_total = ?, loadavg = ?, uptime = ?,
				pve_version = ?, kernel = ?, as_of = ? where node = ?""")
			.params(status.cpu(), clip(status.cpuinfo().model(), 256), status.cpuinfo().sockets(),
					status.cpuinfo().cores(), status.cpuinfo().cpus(), status.memory().used(), status.memory().total(),
					status.swap().used(), status.swap().total(), status.rootfs().used(), status.rootfs().total(),
					loadavg.isEmpty() ? null : loadavg, status.uptime(), clip(status.pveversion(), 256),
					clip(status.kversion(), 256), utc(now), node.node())
			.update();
	}

	/**
	 * Disks, NICs and PCI devices are stored as values, one per line (see
	 * {@link Rows#fields}).
	 */
	void config(int vmid, GuestConfig config, Instant now) {
		List<String> disks = config.disks().stream().map((d) -> Rows.fields(d.key(), d.volume(), d.size())).toList();
		List<String> nics = config.nics().stream().map((n) -> Rows.fields(n.key(), n.model(), n.bridge())).toList();
		List<String> pci = config.pciDevices()
			.stream()
			.map((p) -> Rows.fields(p.key(), (p.host() != null) ? p.host() : p.mapping()))
			.toList();
		Long memoryMiB = config.memory(); // PVE's config memory is already in MiB
		this.jdbc
			.sql("""
					update poll_guest set config_due = false, config_error = null, cores = ?, sockets = ?, memory_mib = ?, disks = ?, nics = ?,
					onboot = ?, startup_order = ?, protection = ?, pci_devices = ?, description = ?, config_as_of = ?
					where vmid = ?""")
			.params(unwrap(List.of(opt(config.cores()), opt(config.sockets()), opt(memoryMiB),
					opt(clip(Rows.join(disks), 8192)), opt(clip(Rows.join(nics), 8192)), config.onboot(),
					opt((config.startup() != null) ? config.startup().order() : null), config.protection(),
					opt(clip(Rows.join(pci), 2048)), opt(clip(config.description(), 8192)), utc(now), vmid)))
			.update();
	}

	/**
	 * The config read was refused: the last summary (if any) stays, and pages say why it
	 * may be missing.
	 */
	void configError(int vmid, String error) {
		this.jdbc.sql("update poll_guest set config_error = ? where vmid = ?").params(error, vmid).update();
	}

	void storage(StorageResource storage, Instant now) {
		this.jdbc.sql("""
				insert into poll_storage (node, storage, type, content, used, total, active, shared, as_of)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(unwrap(List.of(storage.node(), storage.storage(), opt(storage.plugintype()),
					opt(String.join(",", storage.content())), opt(storage.disk()), opt(storage.maxdisk()),
					storage.available(), storage.shared(), utc(now))))
			.update();
	}

	void task(TaskEntry task) {
		String status = TaskState.of(task).word();
		List<Object> values = List.of(task.upid().node(), opt(task.upid().vmid()), task.upid().type(),
				opt(task.upid().user()), utc(task.upid().starttime()), opt(utc(task.endtime())), status,
				opt((task.exitStatus() != null) ? clip(task.exitStatus().text(), 512) : null), task.upid().toString());
		if (this.jdbc.sql("""
				update poll_task set node = ?, vmid = ?, type = ?, user_name = ?, started = ?, ended = ?, status = ?,
				exit_status = ? where upid = ?""").params(unwrap(values)).update() == 0) {
			this.jdbc.sql("""
					insert into poll_task (node, vmid, type, user_name, started, ended, status, exit_status, upid)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(unwrap(values)).update();
		}
	}

	/** Applies {@link TaskRetention} per node. */
	void retainTasks(Instant now) {
		Map<String, Integer> rank = new HashMap<>();
		List<String> drop = new ArrayList<>();
		this.jdbc.sql("select upid, node, started, status from poll_task order by node, started desc, upid")
			.query((rs) -> {
				int r = rank.merge(rs.getString("node"), 1, Integer::sum) - 1;
				boolean running = TaskState.fromWord(rs.getString("status")) == TaskState.RUNNING;
				if (!TaskRetention.keep(instant(rs, "started"), running, r, now)) {
					drop.add(rs.getString("upid"));
				}
			});
		drop.forEach((upid) -> this.jdbc.sql("delete from poll_task where upid = ?").param(upid).update());
	}

	// List.of refuses nulls; a marker keeps the parameter lists readable
	private static final Object NULL = new Object();

	private static Object opt(Object value) {
		return (value != null) ? value : NULL;
	}

	private static Object[] unwrap(List<Object> values) {
		return values.stream().map((v) -> (v == NULL) ? null : v).toArray();
	}

}
