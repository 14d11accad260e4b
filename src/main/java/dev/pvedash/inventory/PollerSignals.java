package dev.pvedash.inventory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What other modules tell the poller, as events, so that {@link Inventory} stays a
 * read-only view. Both listeners run on the publisher's thread: a page view must set the
 * interval before the page reads the endpoint state. A guest is re-read right after the
 * transaction that records its task's end has committed, never inside it: a PVE request
 * must not hold a database transaction (docs/actions.md, step "Follower").
 */
@Component
class PollerSignals {

	private static final Logger log = LoggerFactory.getLogger(PollerSignals.class);

	private final Poller poller;

	PollerSignals(Poller poller) {
		this.poller = poller;
	}

	@EventListener(PageViewed.class)
	void pageViewed() {
		this.poller.pageViewed();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void taskEnded(GuestTaskEnded ended) {
		if (!ended.taskRan()) {
			return;
		}
		try {
			this.poller.refreshGuest(ended.vmid());
		}
		catch (RuntimeException ex) { // the next cycle shows the state anyway; the task's
										// end is recorded regardless
			log.warn("Could not refresh guest {} after its task ended: {}", ended.vmid(), ex.getMessage());
		}
	}

}
