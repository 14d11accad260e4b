package dev.pvedash.inventory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What other modules tell the poller, as events, so that {@link Inventory} stays a read-only view. Both
 * listeners run synchronously on the publisher's thread: a page view must set the interval before the page
 * reads the endpoint state, and a guest's re-read status must be stored in the transaction that records the
 * task's end, so a page that sees the end also sees the new state (docs/actions.md, "The guest page").
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

	@EventListener
	void taskEnded(GuestTaskEnded ended) {
		if (!ended.taskRan()) {
			return;
		}
		try {
			this.poller.refreshGuest(ended.vmid());
		}
		catch (RuntimeException ex) { // the next cycle shows the state anyway; the task's end is recorded regardless
			log.warn("Could not refresh guest {} after its task ended: {}", ended.vmid(), ex.getMessage());
		}
	}

}
