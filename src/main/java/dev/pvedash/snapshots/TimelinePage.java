package dev.pvedash.snapshots;

import java.time.Instant;
import java.util.List;

/**
 * What {@code /snapshots} shows. {@code asOf} is the most recent list read (null: none
 * yet); {@code unread} counts guests whose list was never read, so an empty page says why
 * it is empty.
 */
record TimelinePage(List<TimelineRow> rows, int total, int page, int pages, Instant asOf, long unread, long failing) {

	public boolean neverRead() {
		return this.asOf == null;
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.pages;
	}

}
