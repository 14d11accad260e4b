package dev.pvedash.snapshots;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.pvedash.guests.GuestTasks;
import dev.pvedash.guests.TaskRef;
import dev.pvedash.inventory.GuestDetail;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.Inventory;
import dev.pvedash.system.UserFacingException;

/**
 * Moves one guest of a run one step on, without waiting: ask for its snapshot, look
 * whether the task ended, then delete what retention gives, one snapshot at a time. Each
 * step returns the guest's new row; the same row means "still waiting for PVE". Locked
 * guests are tried again later; see docs/snapshot-schedules.md.
 */
@Component
class ScheduleRunSteps {

	/**
	 * PVE's words when a task found the guest locked: "VM is locked (backup)", "can't
	 * lock file …".
	 */
	private static final Pattern LOCKED = Pattern.compile("(?i).*(is locked|can't lock file).*");

	private final GuestTasks tasks;

	private final Inventory inventory;

	private final SchedulePruning pruning;

	private final ScheduleProperties properties;

	private final MessageSource messages;

	private final Clock clock;

	ScheduleRunSteps(GuestTasks tasks, Inventory inventory, SchedulePruning pruning, ScheduleProperties properties,
			MessageSource messages, Clock clock) {
		this.tasks = tasks;
		this.inventory = inventory;
		this.pruning = pruning;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
	}

	ScheduledGuest step(Schedule schedule, ScheduleRun run, ScheduledGuest guest) {
		return switch (guest.step()) {
			case ScheduledGuest.WAITING -> request(schedule, run, guest);
			case ScheduledGuest.SNAPSHOT -> snapshotEnded(schedule, guest);
			case ScheduledGuest.PRUNE -> this.pruning.step(schedule, guest);
			default -> guest;
		};
	}

	private ScheduledGuest request(Schedule schedule, ScheduleRun run, ScheduledGuest guest) {
		GuestDetail detail = this.inventory.guest(guest.vmid()).orElse(null);
		if (detail == null) {
			return guest.done(GuestOutcome.SKIPPED, false,
					"not found in the inventory: removed from Proxmox VE, or not read yet");
		}
		GuestView view = detail.guest();
		if (view.template()) {
			return guest.done(GuestOutcome.SKIPPED, true, "template: Proxmox VE keeps no snapshots of templates");
		}
		var full = ScheduleStorageCheck.overLimit(view.node(), detail.disks(), this.inventory.storages(),
				schedule.storageLimit());
		if (full.isPresent()) {
			return guest.done(GuestOutcome.SKIPPED, false,
					"storage " + full.get().storage() + " is " + full.get().percent()
							+ " % full, above this schedule's limit of " + schedule.storageLimit() + " %");
		}
		if (view.lock() != null && !view.lock().isEmpty()) {
			return locked(guest, "locked by Proxmox VE (" + view.lock() + ")");
		}
		TaskRef ref;
		try {
			ref = this.tasks.snapshot(guest.vmid(), run.snapshotName(), schedule.description(),
					schedule.includeRam() && view.vm(), schedule.actor(), "scheduler");
		}
		catch (UserFacingException refused) {
			if ("guests.action.locked".equals(refused.messageKey())) {
				return locked(guest, "locked by Proxmox VE (" + refused.messageArgs()[0] + ")");
			}
			return guest.done(GuestOutcome.FAILED, false, text(refused));
		}
		if (!ref.is("snapshot", run.snapshotName())) {
			return locked(guest, "busy with another action (" + ref.action() + ")");
		}
		return guest.snapshotting(ref.id(), guest.attempts() + 1);
	}

	private ScheduledGuest snapshotEnded(Schedule schedule, ScheduledGuest guest) {
		TaskRef ref = this.tasks.task(guest.taskId()).orElse(null);
		if (ref == null) {
			return guest.done(GuestOutcome.FAILED, false, "the snapshot task's record is gone");
		}
		if (ref.inFlight()) {
			return guest;
		}
		if (ref.succeeded()) {
			return this.pruning.start(schedule, guest);
		}
		String status = (ref.exitStatus() != null) ? ref.exitStatus() : ref.state().name();
		if (ref.failed() && LOCKED.matcher(status).matches()) {
			return locked(guest, "Proxmox VE: " + status);
		}
		return guest.done(GuestOutcome.FAILED, false, "Proxmox VE: " + status);
	}

	/**
	 * Tried again after the delay, until the tries are used up; then skipped with the
	 * reason.
	 */
	private ScheduledGuest locked(ScheduledGuest guest, String why) {
		int tries = guest.attempts() + 1;
		if (tries >= this.properties.lockedTries()) {
			return guest.done(GuestOutcome.SKIPPED, false, why + "; tried " + tries + " times, "
					+ this.properties.lockedRetryDelay().toMinutes() + " min apart");
		}
		Instant retry = this.clock.instant().plus(this.properties.lockedRetryDelay());
		return guest.retryAt(retry, tries, why + "; try " + tries + " of " + this.properties.lockedTries());
	}

	/**
	 * Ends every guest not yet done, for a run the dashboard cannot finish (it was down
	 * too long).
	 */
	ScheduledGuest close(ScheduledGuest guest) {
		if (ScheduledGuest.SNAPSHOT.equals(guest.step())) {
			TaskRef ref = this.tasks.task(guest.taskId()).orElse(null);
			boolean made = ref != null && ref.succeeded();
			return guest.done(made ? GuestOutcome.OK : GuestOutcome.FAILED, false,
					made ? "snapshot made; not pruned: the run was interrupted"
							: "interrupted: the dashboard stopped while the snapshot task ran");
		}
		if (ScheduledGuest.PRUNE.equals(guest.step())) {
			return guest.done(GuestOutcome.OK, false, "snapshot made; pruning interrupted, the next run prunes");
		}
		return guest.done(GuestOutcome.SKIPPED, false, "not reached: the dashboard was down during the run");
	}

	private String text(UserFacingException ex) {
		return this.messages.getMessage(ex.messageKey(), ex.messageArgs(), ex.messageKey(), Locale.ENGLISH);
	}

}
