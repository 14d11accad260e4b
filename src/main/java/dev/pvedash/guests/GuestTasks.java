package dev.pvedash.guests;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The door other modules use to run snapshot and backup tasks: the same checks,
 * one-in-flight claim, audit before the call and task following as the power buttons.
 * Refusals arrive as {@link dev.pvedash.system.UserFacingException} with a message for
 * the user; nothing is sent then. Callers validate names and storages first; the Proxmox
 * client checks them again before building a request.
 */
@Component
public class GuestTasks {

	private final GuestLifecycle lifecycle;

	private final ActionRepository actions;

	private final Clock clock;

	GuestTasks(GuestLifecycle lifecycle, ActionRepository actions, Clock clock) {
		this.lifecycle = lifecycle;
		this.actions = actions;
		this.clock = clock;
	}

	/** {@code includeRam} is ignored for containers, which have no RAM snapshots. */
	public TaskRef snapshot(int vmid, String name, String description, boolean includeRam, String actor,
			String clientAddress) {
		return run(vmid, new ActionRequest(GuestAction.SNAPSHOT, name, description, includeRam, false, null), actor,
				clientAddress);
	}

	/**
	 * Refused unless {@code confirmName} is the guest's name: a rollback discards
	 * everything since.
	 */
	public TaskRef rollback(int vmid, String name, boolean startAfter, String confirmName, String actor,
			String clientAddress) {
		return run(vmid, new ActionRequest(GuestAction.ROLLBACK, name, null, false, startAfter, confirmName), actor,
				clientAddress);
	}

	public TaskRef deleteSnapshot(int vmid, String name, String actor, String clientAddress) {
		return run(vmid, new ActionRequest(GuestAction.DELSNAPSHOT, name, null, false, false, null), actor,
				clientAddress);
	}

	/** vzdump of this one guest to {@code storage}: snapshot mode, zstd. */
	public TaskRef backup(int vmid, String storage, String actor, String clientAddress) {
		return run(vmid, new ActionRequest(GuestAction.BACKUP, storage, null, false, false, null), actor,
				clientAddress);
	}

	public Optional<TaskRef> task(long id) {
		return this.actions.find(id).map(TaskRef::of);
	}

	public Optional<TaskRef> inFlight(int vmid) {
		return this.actions.inFlight(vmid).map(TaskRef::of);
	}

	/** The model of the self-polling task fragment {@code guests/action :: task}. */
	public void show(long id, Model model) {
		TaskViews.fill(this.lifecycle.task(id), this.clock.instant(), model);
	}

	private TaskRef run(int vmid, ActionRequest request, String actor, String clientAddress) {
		return TaskRef.of(this.lifecycle.request(vmid, request, actor, clientAddress));
	}

}
