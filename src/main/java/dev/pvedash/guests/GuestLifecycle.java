package dev.pvedash.guests;

import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.pvedash.inventory.GuestDetail;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.Inventory;
import dev.pvedash.system.UserFacingException;

/**
 * Sends one action to PVE (power, snapshot or backup): ask the gate, check it against the
 * stored state, claim the guest and write the audit row in one transaction, and only then
 * hand the call to the sender, which runs it in the background (docs/actions.md). A
 * request while another action on the guest is in flight joins that one instead, so a
 * double click never sends twice.
 */
@Component
class GuestLifecycle {

	private static final Logger log = LoggerFactory.getLogger(GuestLifecycle.class);

	private final ActionRepository actions;

	private final Inventory inventory;

	private final ActionGate gate;

	private final ActionSender sender;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final GuestsProperties properties;

	/**
	 * Two clicks on one guest take turns from the in-flight check to the committed claim,
	 * so the second always finds the first's action. The unique in-flight column stays
	 * the guard across processes; without these locks the loser could query before the
	 * winner's commit and answer "busy" instead of joining (docs/security.md, F8).
	 */
	private final Object[] claimLocks = IntStream.range(0, 64).mapToObj((i) -> new Object()).toArray();

	GuestLifecycle(ActionRepository actions, Inventory inventory, ActionGate gate, ActionSender sender,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
			GuestsProperties properties) {
		this.actions = actions;
		this.inventory = inventory;
		this.gate = gate;
		this.sender = sender;
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

	/**
	 * The action now in flight on the guest: this one, or the one that was already
	 * running.
	 */
	ActionRecord request(int vmid, ActionRequest request, String actor, String clientAddress) {
		GuestView guest = guest(vmid);
		long id;
		synchronized (this.claimLocks[Math.floorMod(vmid, this.claimLocks.length)]) {
			var running = this.actions.inFlight(vmid);
			if (running.isPresent()) {
				return running.get(); // a double click or a second user joins the running
										// task
			}
			this.gate.check(guest);
			check(guest, request);
			try {
				id = claim(guest, request, actor, clientAddress);
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException lost) {
				return this.actions.inFlight(vmid)
					.orElseThrow(() -> new UserFacingException(HttpStatus.CONFLICT, "guests.action.busy"));
			}
		}
		awaitBriefly(this.sender.submit(guest, request, id));
		return this.actions.find(id).orElseThrow();
	}

	/**
	 * PVE usually answers with a UPID in milliseconds, and then the page shows the
	 * running task at once; a slower PVE gets {@code answerWithin}, after which the task
	 * is shown as still sending (docs/actions.md).
	 */
	private void awaitBriefly(Future<?> call) {
		try {
			call.get(this.properties.answerWithin().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException stillWaiting) {
			// the call goes on in the background; the task fragment follows it
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) { // send() records every failure itself; this is a
										// bug, logged
			log.error("Sending action failed unexpectedly", ex.getCause());
		}
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
			// PVE's own words ("VM is locked (backup)") with what the lock means; nothing
			// is sent
			throw new UserFacingException(HttpStatus.CONFLICT, "guests.action.locked", guest.lock());
		}
		boolean guarded = (action == GuestAction.ROLLBACK) || (action.guardedOnCriticalGuest() && critical(guest));
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
				// synchronous listeners (the audit) write in this transaction; if they
				// fail, nothing is claimed
				this.events.publishEvent(new GuestActionRequested(id, this.clock.instant(), actor, clientAddress,
						guest.node(), guest.vmid(), guest.name(), action, request.detail()));
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

}
