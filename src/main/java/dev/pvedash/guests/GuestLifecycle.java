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
 * Sends one lifecycle action to PVE: check it against the stored state, claim the guest and write the
 * audit row in one transaction, and only then call PVE. The client and inventory are looked up lazily,
 * so the app (and web slices) start before the Proxmox and polling modules provide them.
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
	ActionRecord request(int vmid, GuestAction action, String confirmName, String actor, String clientAddress) {
		GuestView guest = guest(vmid);
		var running = this.actions.inFlight(vmid);
		if (running.isPresent()) {
			return running.get(); // a double click or a second user joins the running task
		}
		check(guest, action, confirmName);
		long id;
		try {
			id = claim(guest, action, actor, clientAddress);
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException lost) {
			return this.actions.inFlight(vmid)
				.orElseThrow(() -> new UserFacingException(HttpStatus.CONFLICT, "guests.action.busy"));
		}
		send(this.client, guest, action, id);
		return this.actions.find(id).orElseThrow();
	}

	private void check(GuestView guest, GuestAction action, String confirmName) {
		if (!AllowedActions.allows(guest, action)) {
			throw new UserFacingException(HttpStatus.CONFLICT,
					guest.template() ? "guests.action.refused.template" : "guests.action.refused." + action.word());
		}
		if (action.guardedOnCriticalGuest() && critical(guest)
				&& (confirmName == null || !confirmName.strip().equals(guest.name()))) {
			throw new UserFacingException(HttpStatus.UNPROCESSABLE_ENTITY, "guests.action.confirm-name.wrong");
		}
	}

	private long claim(GuestView guest, GuestAction action, String actor, String clientAddress) {
		try {
			return this.transaction.execute(status -> {
				long id = this.actions.claim(guest, action, actor, clientAddress, this.clock.instant());
				// synchronous listeners (the audit) write in this transaction; if they fail, nothing is claimed
				this.events.publishEvent(new GuestActionRequested(id, this.clock.instant(), actor, clientAddress,
						guest.node(), guest.vmid(), guest.name(), action.word()));
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

	private void send(ProxmoxClient pve, GuestView guest, GuestAction action, long id) {
		try {
			Upid upid = call(pve, guest, action);
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

	private static Upid call(ProxmoxClient pve, GuestView guest, GuestAction action) {
		GuestType type = GuestType.fromWire(guest.type());
		String node = guest.node();
		int vmid = guest.vmid();
		return switch (action) {
			case START -> pve.start(node, type, vmid);
			case SHUTDOWN -> pve.shutdown(node, type, vmid, null, false);
			case REBOOT -> pve.reboot(node, type, vmid);
			case STOP -> pve.stop(node, type, vmid);
			case SUSPEND -> pve.suspend(node, type, vmid, false);
			case RESUME -> pve.resume(node, type, vmid);
		};
	}

}
