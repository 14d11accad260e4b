package dev.pvedash.simulator;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.pvedash.simulator.TaskRunner.Failure;
import dev.pvedash.simulator.TaskRunner.Phase;

/**
 * {@code POST /nodes/{node}/vzdump} as pve-manager's VZDump API does it:
 * {@code VM.Backup} per guest and {@code Datastore.AllocateSpace} on the storage are
 * checked up front; guests all on other nodes make it answer {@code "OK"} without a task;
 * unknown vmids and an unusable or inactive storage fail inside the job. Each guest is
 * locked {@code backup} while its archive is written; the archive (PBS-shaped on a
 * {@code pbs} storage, suffixed after {@code compress} elsewhere) then appears in the
 * storage content. A guest that fails does not stop the job, which ends with "job errors"
 * (docs/pve-backups-and-snapshots.md).
 */
final class BackupRoutes {

	static final double PER_GUEST = 8;

	private final Homelab lab;

	private final AccessControl permissions;

	private final TaskRunner runner;

	BackupRoutes(Homelab lab, AccessControl permissions, TaskRunner runner) {
		this.lab = lab;
		this.permissions = permissions;
		this.runner = runner;
	}

	void register(Router router) {
		router.post("/nodes/{node}/vzdump", this::vzdump);
	}

	private String vzdump(Call call) {
		SimNode node = this.lab.requireNode(call.var("node"));
		String storageName = (call.param("storage") != null) ? call.param("storage") : "local";
		String compress = call.param("compress");
		Backups.suffix(compress);
		if (call.param("mode") != null) {
			Call.oneOf("mode", call.param("mode"), "snapshot", "suspend", "stop");
		}
		List<Integer> vmids = vmids(call, node);
		if (vmids.isEmpty()) {
			return "OK";
		}
		for (int vmid : vmids) {
			this.permissions.check(call.principal(), "/vms/" + vmid, "VM.Backup");
		}
		this.permissions.check(call.principal(), "/storage/" + storageName, "Datastore.AllocateSpace");
		String id = (vmids.size() == 1) ? String.valueOf(vmids.get(0)) : "";
		Task task = this.runner.create(node, "vzdump", id, call.principal());
		NodeStorage storage = this.lab.storage(node.name(), storageName);
		if (storage == null) {
			return this.runner.fail(task, "storage '" + storageName + "' does not exist");
		}
		if (!storage.holds("backup")) {
			return this.runner.fail(task, "can't use storage '" + storageName + "' for backups - wrong content type");
		}
		if (!storage.active()) {
			// vzdump activates the target before the first guest; its die text wraps the
			// storage layer's
			return this.runner.fail(task,
					"could not activate storage '" + storageName + "': " + storage.offline().reason());
		}
		task.log(Backups.command(String.join(" ", vmids.stream().map(String::valueOf).toList()), storageName));
		String notes = call.param("notes-template");
		boolean[] errors = { false };
		List<Phase> phases = new ArrayList<>();
		for (int vmid : vmids) {
			Job job = new Job(vmid, storage, compress, notes, errors);
			phases.add(new Phase(0.2, (t, now) -> job.begin(t, now, node)));
			phases.add(new Phase(PER_GUEST, (t, now) -> job.finish(t, now)));
		}
		phases.add(new Phase(0.2, (t, now) -> {
			if (errors[0]) {
				throw new Failure("job errors");
			}
			t.log("INFO: Backup job finished successfully");
		}));
		return this.runner.run(task, phases.toArray(Phase[]::new));
	}

	/**
	 * {@code vmid} as a list ("101,200" or "101 200"), or {@code all=1}: the guests of
	 * this node.
	 */
	private List<Integer> vmids(Call call, SimNode node) {
		String list = call.param("vmid");
		if (call.flag("all")) {
			return this.lab.guests().stream().filter(g -> g.node().equals(node.name())).map(Guest::vmid).toList();
		}
		if (list == null) {
			throw ApiError.parameter("vmid", "property is missing and it is not optional");
		}
		List<Integer> local = new ArrayList<>();
		boolean elsewhere = false;
		for (String item : list.split("[,;\\s]+")) {
			int vmid;
			try {
				vmid = Integer.parseInt(item);
			}
			catch (NumberFormatException ex) {
				throw ApiError.parameter("vmid", "value '" + item + "' does not look like a valid VM ID");
			}
			Guest guest = this.lab.guest(vmid);
			if (guest != null && !guest.node().equals(node.name())) {
				elsewhere = true;
			}
			else {
				local.add(vmid);
			}
		}
		return (local.isEmpty() && elsewhere) ? List.of() : local;
	}

	/** One guest's part of the job. */
	private final class Job {

		private final int vmid;

		private final NodeStorage storage;

		private final @Nullable String compress;

		private final @Nullable String notes;

		private final boolean[] errors;

		private @Nullable Guest guest;

		private long started;

		Job(int vmid, NodeStorage storage, @Nullable String compress, @Nullable String notes, boolean[] errors) {
			this.vmid = vmid;
			this.storage = storage;
			this.compress = compress;
			this.notes = notes;
			this.errors = errors;
		}

		void begin(Task task, long now, SimNode node) {
			Guest found = BackupRoutes.this.lab.guest(this.vmid);
			if (found == null) {
				error(task, "unable to find configuration file for VM " + this.vmid + " on node '" + node.name() + "'");
				return;
			}
			if (found.lock() != null) {
				error(task, found.kind().noun() + " is locked (" + found.lock() + ")");
				return;
			}
			found.lock("backup");
			this.guest = found;
			this.started = now;
		}

		void finish(Task task, long now) {
			if (this.guest == null) {
				return;
			}
			String rendered = (this.notes == null) ? null
					: this.notes.replace("{{guestname}}", this.guest.name())
						.replace("{{vmid}}", String.valueOf(this.vmid))
						.replace("{{node}}", this.guest.node());
			Volume archive = Backups.archive(this.guest, this.storage, this.started, now, rendered, this.compress);
			BackupRoutes.this.lab.add(archive);
			Backups.guestLines(this.guest, this.storage, archive, this.started, now).forEach(task::log);
			this.guest.lock(null);
		}

		private void error(Task task, String message) {
			task.log(Backups.guestError(this.vmid, message));
			this.errors[0] = true;
		}

	}

}
