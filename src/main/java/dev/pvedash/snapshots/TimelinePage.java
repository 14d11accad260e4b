package dev.pvedash.snapshots;

import java.time.Instant;
import java.util.List;

import dev.pvedash.system.Pager;

/**
 * What {@code /snapshots} shows. {@code asOf} is the most recent list read (null: none
 * yet); {@code unread} counts guests whose list was never read, so an empty page says why
 * it is empty.
 *
 * @param rows this page's snapshots, newest first
 * @param pager where this page falls among the snapshots that match the filters
 */
record TimelinePage(List<TimelineRow> rows, Pager pager, Instant asOf, long unread, long failing) {

	public boolean neverRead() {
		return this.asOf == null;
	}

	/** How many snapshots match the filters, on every page. */
	public int total() {
		return this.pager.matched();
	}

}
