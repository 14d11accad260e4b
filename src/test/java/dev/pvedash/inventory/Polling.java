package dev.pvedash.inventory;

import java.time.Duration;

import org.springframework.context.ApplicationContext;

/**
 * For full-application tests in other packages: run one polling cycle now, with the
 * context's clock, as the scheduled tick would when the cycle is due. Those tests switch
 * the tick off so every PVE request they count comes from a cycle they asked for.
 */
public final class Polling {

	private Polling() {
	}

	public static void cycle(ApplicationContext context) {
		context.getBean(Poller.class).cycle();
	}

	/**
	 * The delay the poller would wait now before its next cycle (active, idle or backing
	 * off).
	 */
	public static Duration nextIn(ApplicationContext context) {
		return context.getBean(Poller.class).currentInterval();
	}

	/** What a page view does to the poller: the active interval from now on. */
	public static void pageViewed(ApplicationContext context) {
		context.getBean(Poller.class).pageViewed();
	}

}
