package dev.pvedash.guests;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.ProxmoxException;
import dev.pvedash.proxmox.TaskLogLine;
import dev.pvedash.proxmox.TaskStatus;
import dev.pvedash.proxmox.Upid;

/**
 * Follows every action in flight that has a UPID until its PVE task stops
 * (docs/proxmox-notes.md, Tasks), including those a previous run of the app started: the
 * rows, not memory, say what to follow. Only reads PVE; it never sends an action.
 */
@Component
class ActionFollower {

	private static final Logger log = LoggerFactory.getLogger(ActionFollower.class);

	private final ActionRepository actions;

	private final ProxmoxClient client;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ActionFollower(ActionRepository actions, ProxmoxClient client, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.actions = actions;
		this.client = client;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(fixedDelay = 1500, initialDelay = 1500)
	void scheduled() {
		followAll();
	}

	void followAll() {
		for (ActionRecord action : this.actions.allInFlight()) {
			if (action.upid() != null) { // without one, the sender is still waiting for
											// PVE
				follow(this.client, action);
			}
		}
	}

	private void follow(ProxmoxClient pve, ActionRecord action) {
		Upid upid = Upid.parse(action.upid());
		try {
			TaskStatus status = pve.taskStatus(upid);
			lastLine(pve, upid, action);
			if (!status.running()) {
				end(action.id(), status.succeeded() ? ActionState.OK : ActionState.FAILED,
						(status.exitStatus() != null) ? status.exitStatus().text() : null);
			}
		}
		catch (ProxmoxException ex) {
			if (ex.kind() == ProxmoxException.Kind.BAD_REQUEST) { // "no such task": PVE
																	// lost it (reboot)
				end(action.id(), ActionState.UNKNOWN, "PVE no longer knows this task; not re-sent");
				return;
			}
			// PVE unreachable is not the task failing: try again on the next round
			log.debug("Could not read task {} yet: {}", action.upid(), ex.getMessage());
		}
	}

	private void lastLine(ProxmoxClient pve, Upid upid, ActionRecord action) {
		List<TaskLogLine> lines = pve.taskLog(upid, 0, 1000);
		if (!lines.isEmpty() && !lines.get(lines.size() - 1).text().equals(action.lastLogLine())) {
			this.actions.progress(action.id(), lines.get(lines.size() - 1).text());
		}
	}

	/**
	 * Records the end with its audit row and frees the guest. The inventory listens to
	 * the event (as a {@link dev.pvedash.inventory.GuestTaskEnded}) and re-reads the
	 * guest once this transaction has committed, before this method returns.
	 */
	void end(long id, ActionState state, String exitStatus) {
		ActionRecord action = this.actions.find(id).orElseThrow();
		if (!action.inFlight()) {
			return;
		}
		Instant now = this.clock.instant();
		this.transaction.executeWithoutResult(status -> {
			if (this.actions.ended(id, state, exitStatus, now)) { // else the scheduled
																	// round and a direct
																	// call met
				this.events
					.publishEvent(new GuestActionEnded(id, now, action.actor(), action.clientAddress(), action.node(),
							action.vmid(), action.guestName(), GuestAction.fromWord(action.action()).orElseThrow(),
							action.detail(), action.upid(), state, exitStatus, action.elapsed(now)));
			}
		});
	}

}
