package dev.pvedash.guests;

import java.time.Clock;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.pvedash.polling.GuestDetail;
import dev.pvedash.polling.GuestView;
import dev.pvedash.polling.Inventory;
import dev.pvedash.proxmox.GuestType;
import dev.pvedash.proxmox.ProxmoxApiException;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.ProxmoxException;
import dev.pvedash.proxmox.Upid;
import dev.pvedash.system.UserFacingException;

/**
 * Sends one action to PVE (power, snapshot or backup): check it against the stored state, claim the guest
 * and write the audit row in one transaction, and only then call PVE. A request while another action on
 * the guest is in flight joins that one instead, so a double click never sends twice.
 */
@Component
class GuestLifecycle {

	private static final Logger log = LoggerFactory.getLogger(GuestLifecycle.class);

	private final ActionRepository actions;

	private final ActionFollower follower;

	private final Inventory inventory;

	private final ProxmoxClient client;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final GuestsProperties properties;

	GuestLifecycle(ActionRepository actions, ActionFollower follower, Inventory inventory,
			ProxmoxClient client, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock, GuestsProperties properties) {
		this.actions = actions;
		this.follower = follower;
		this.inventory = inventory;
		this.client = client;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.properties = properties;
	}

	ActionRecord task(long id) {
		return this.actions.find(id)
			.orElseThrow(() -> new UserFacingException(HttpStatus.NOT_FOUND, "guests.action.unknown-task"));
	}

	GuestView guest(int vmid) {
		return this.inventory.guest(vmid)
			.map(GuestDetail::guest)
			.orElseThrow(() -> new UserFacingException(HttpStatus.NOT_FOUND, "guests.action.unknown-guest"));
	}

	boolean critical(GuestView guest) {
		return guest.tags() != null
				&& guest.tags().stream().anyMatch(tag -> tag.equalsIgnoreCase(this.properties.criticalTag()));
	}

	/** The action now in flight on the guest: this one, or the one that was already running. */
	ActionRecord request(int vmid, ActionRequest request, String actor, String clientAddress) {
		GuestView guest = guest(vmid);
		var running = this.actions.inFlight(vmid);
		if (running.isPresent()) {
			return running.get(); // a double click or a second user joins the running task
		}
		check(guest, request);
		long id;
		try {
			id = claim(guest, request, actor, clientAddress);
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException lost) {
			return this.actions.inFlight(vmid)
				.orElseThrow(() -> new UserFacingException(HttpStatus.CONFLICT, "guests.action.busy"));
		}
		send(this.client, guest, request, id);
		return this.actions.find(id).orElseThrow();
	}

	private void check(GuestView guest, ActionRequest request) {
		GuestAction action = request.action();
		if (action.power() && !AllowedActions.allows(guest, action)) {
			throw new UserFacingException(HttpStatus.CONFLICT,
					guest.template() ? "guests.action.refused.template" : "guests.action.refused." + action.word());
		}
		if (!action.power() && guest.template() && action != GuestAction.BACKUP) {
			throw new UserFacingException(HttpStatus.CONFLICT, "guests.action.refused.template-snapshot");
		}
		if (action.needsUnlockedGuest() && guest.lock() != null && !guest.lock().isEmpty()) {
			// PVE's own words ("VM is locked (backup)") with what the lock means; nothing is sent
			throw new UserFacingException(HttpStatus.CONFLICT, "guests.action.locked", guest.lock());
		}
		boolean guarded = (action == GuestAction.ROLLBACK)
				|| (action.guardedOnCriticalGuest() && critical(guest));
		String typed = request.confirmName();
		if (guarded && (typed == null || !typed.strip().equals(guest.name()))) {
			throw new UserFacingException(HttpStatus.UNPROCESSABLE_ENTITY, "guests.action.confirm-name.wrong");
		}
	}

	private long claim(GuestView guest, ActionRequest request, String actor, String clientAddress) {
		GuestAction action = request.action();
		try {
			return this.transaction.execute(status -> {
				long id = this.actions.claim(guest, action, request.detail(), actor, clientAddress,
						this.clock.instant());
				// synchronous listeners (the audit) write in this transaction; if they fail, nothing is claimed
				this.events.publishEvent(new GuestActionRequested(id, this.clock.instant(), actor, clientAddress,
						guest.node(), guest.vmid(), guest.name(), action.word(), request.detail()));
				return id;
			});
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException lost) {
			throw lost;
		}
		catch (RuntimeException ex) {
			log.error("Could not record {} of guest {}; nothing was sent to PVE", action.word(), guest.vmid(), ex);
			throw new UserFacingException(HttpStatus.SERVICE_UNAVAILABLE, "guests.action.not-recorded");
		}
	}

	private void send(ProxmoxClient pve, GuestView guest, ActionRequest request, long id) {
		GuestAction action = request.action();
		try {
			Upid upid = call(pve, guest, request);
			this.actions.started(id, upid.toString());
		}
		catch (ProxmoxApiException refused) { // PVE checked before forking a task, e.g. "VM 100 not running"
			this.follower.end(id, "FAILED", refused.reason().isEmpty() ? refused.getMessage() : refused.reason());
		}
		catch (RuntimeException ex) { // a timeout may still have reached PVE: say so, never send again
			log.warn("No answer from PVE to {} of guest {}", action.word(), guest.vmid(), ex);
			this.follower.end(id, "UNKNOWN", "no answer from PVE ("
					+ ((ex instanceof ProxmoxException pe) ? pe.kind().name().toLowerCase(Locale.ROOT) : "error")
					+ "); not re-sent, check the task list in PVE");
		}
	}

	private static Upid call(ProxmoxClient pve, GuestView guest, ActionRequest request) {
		GuestType type = GuestType.fromWire(guest.type());
		String node = guest.node();
		int vmid = guest.vmid();
		String detail = request.detail();
		return switch (request.action()) {
			case START -> pve.start(node, type, vmid);
			case SHUTDOWN -> pve.shutdown(node, type, vmid, null, false);
			case REBOOT -> pve.reboot(node, type, vmid);
			case STOP -> pve.stop(node, type, vmid);
			case SUSPEND -> pve.suspend(node, type, vmid, false);
			case RESUME -> pve.resume(node, type, vmid);
			case SNAPSHOT -> pve.snapshotCreate(node, type, vmid, detail, request.description(),
					request.includeRam() && type == GuestType.QEMU);
			case ROLLBACK -> pve.snapshotRollback(node, type, vmid, detail, request.startAfter());
			case DELSNAPSHOT -> pve.snapshotDelete(node, type, vmid, detail);
			case BACKUP -> pve.backup(node, vmid, detail);
		};
	}

}
