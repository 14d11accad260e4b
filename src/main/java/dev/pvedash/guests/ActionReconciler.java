package dev.pvedash.guests;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * After a restart: actions whose UPID was stored are left to the follower, which reads
 * them to their end; an action claimed but without a UPID may or may not have reached
 * PVE, so it is marked unknown and never sent again (docs/security.md F10).
 */
@Component
class ActionReconciler implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ActionReconciler.class);

	private final ActionRepository actions;

	private final ActionFollower follower;

	// claims made after this instant belong to requests of this run, which are still
	// waiting for PVE
	private final Instant startedAt;

	ActionReconciler(ActionRepository actions, ActionFollower follower, Clock clock) {
		this.actions = actions;
		this.follower = follower;
		this.startedAt = clock.instant();
	}

	@Override
	public void run(ApplicationArguments args) {
		reconcile();
	}

	void reconcile() {
		for (ActionRecord action : this.actions.allInFlight()) {
			if (action.upid() != null) {
				log.info("Following {} of guest {} started before the restart ({})", action.action(), action.vmid(),
						action.upid());
			}
			else if (action.requestedAt().isBefore(this.startedAt)) {
				this.follower.end(action.id(), ActionState.UNKNOWN,
						"PVE Dash stopped before PVE answered; outcome unknown, not re-sent");
			}
		}
		this.follower.followAll();
	}

}
