package dev.pvedash.snapshots;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.pvedash.guests.GuestActionEnded;
import dev.pvedash.guests.GuestAction;

/**
 * Our own snapshot, rollback or delete ended: the guest's list is read at the next sync
 * run (≤ 10 s), and a successful snapshot is credited to its user or schedule for good
 * (it survives restarts).
 */
@Component
class OwnActionListener {

	private static final Logger log = LoggerFactory.getLogger(OwnActionListener.class);

	private static final Set<GuestAction> SNAPSHOT_ACTIONS = EnumSet.of(GuestAction.SNAPSHOT, GuestAction.ROLLBACK,
			GuestAction.DELSNAPSHOT);

	private final SyncStates states;

	private final Clock clock;

	OwnActionListener(SyncStates states, Clock clock) {
		this.states = states;
		this.clock = clock;
	}

	@EventListener
	void ended(GuestActionEnded event) {
		if (!SNAPSHOT_ACTIONS.contains(event.action())) {
			return;
		}
		try {
			if (event.action() == GuestAction.SNAPSHOT && event.succeeded() && event.detail() != null) {
				this.states.origin(event.vmid(), event.detail(), event.actor(), event.at());
			}
			this.states.markDueNow(event.vmid(), this.clock.instant());
		}
		catch (RuntimeException ex) {
			// the action itself is recorded by now; the next sweep reads the list anyway
			log.warn("Could not note the end of {} on guest {}", event.action(), event.vmid(), ex);
		}
	}

}
