package dev.pvedash.snapshots;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.pvedash.guests.GuestTasks;
import dev.pvedash.guests.TaskRef;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.Inventory;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.system.UserFacingException;

/**
 * After a good snapshot: read the guest's list fresh from PVE (the stored history may
 * lag), let {@link ScheduleRetention} pick the schedule's own surplus, and delete it one
 * snapshot at a time through the guest's task claim. A delete that fails is noted and
 * left to the next run, which recomputes the list.
 */
@Component
class SchedulePruning {

	private final GuestTasks tasks;

	private final Inventory inventory;

	private final ProxmoxClient client;

	SchedulePruning(GuestTasks tasks, Inventory inventory, ProxmoxClient client) {
		this.tasks = tasks;
		this.inventory = inventory;
		this.client = client;
	}

	ScheduledGuest start(Schedule schedule, ScheduledGuest guest) {
		GuestView view = this.inventory.guest(guest.vmid()).map(d -> d.guest()).orElse(null);
		List<String> surplus;
		try {
			if (view == null) {
				throw new IllegalStateException("guest no longer in the inventory");
			}
			surplus = ScheduleRetention.toDelete(
					this.client.snapshots(view.node(), view.type(), guest.vmid()).snapshots(), schedule.prefix(),
					schedule.keep());
		}
		catch (RuntimeException ex) {
			return guest.done(GuestOutcome.OK, false,
					"snapshot made; old ones not pruned, the list could not be read (" + ex.getMessage() + ")");
		}
		return surplus.isEmpty() ? guest.done(GuestOutcome.OK, false, null) : guest.pruning(surplus, null, null);
	}

	ScheduledGuest step(Schedule schedule, ScheduledGuest guest) {
		String name = guest.toPrune().get(0);
		List<String> rest = guest.toPrune().subList(1, guest.toPrune().size());
		if (guest.taskId() != null) {
			TaskRef ref = this.tasks.task(guest.taskId()).orElse(null);
			if (ref != null && ref.inFlight()) {
				return guest;
			}
			boolean deleted = ref != null && ref.succeeded();
			ScheduledGuest next = (deleted ? guest.prunedOne(name) : guest).pruning(rest, null,
					deleted ? guest.reason() : note(guest, "could not delete " + name + ": "
							+ ((ref != null && ref.exitStatus() != null) ? ref.exitStatus() : "outcome unknown")));
			return rest.isEmpty() ? next.done(GuestOutcome.OK, false, next.reason()) : next;
		}
		TaskRef ref;
		try {
			ref = this.tasks.deleteSnapshot(guest.vmid(), name, schedule.actor(), "scheduler");
		}
		catch (UserFacingException | IllegalArgumentException refused) {
			ScheduledGuest next = guest.pruning(rest, null, note(guest, "could not delete " + name + ": refused"));
			return rest.isEmpty() ? next.done(GuestOutcome.OK, false, next.reason()) : next;
		}
		if (!ref.is("delsnapshot", name)) {
			return guest.done(GuestOutcome.OK, false,
					note(guest, "pruning left to the next run: busy with another action (" + ref.action() + ")"));
		}
		return guest.pruning(guest.toPrune(), ref.id(), guest.reason());
	}

	private static String note(ScheduledGuest guest, String text) {
		return (guest.reason() == null) ? text : guest.reason() + "; " + text;
	}

}
