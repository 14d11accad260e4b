package dev.pvedash.guests;

import java.util.List;

import dev.pvedash.inventory.GuestView;

/**
 * One page of the filtered, sorted guests table. Filter and sort run over every guest
 * first, so paging never hides a match; a page number out of range shows the nearest
 * page.
 *
 * @param rows the guests on this page
 * @param number this page, from 1
 * @param pages how many pages the matches fill, at least 1
 * @param first the position of the first row among the matches, from 1 (0 when none)
 * @param last the position of the last row
 * @param matched how many guests match the filters
 */
record GuestPage(List<GuestView> rows, int number, int pages, int first, int last, int matched) {

	static GuestPage of(List<GuestView> matches, int requested, int size) {
		int pages = Math.max(1, (matches.size() + size - 1) / size);
		int number = Math.min(Math.max(1, requested), pages);
		int from = (number - 1) * size;
		int to = Math.min(matches.size(), from + size);
		return new GuestPage(matches.subList(from, to), number, pages, (to > from) ? from + 1 : 0, to, matches.size());
	}

	public boolean paged() {
		return this.pages > 1;
	}

	public boolean hasPrevious() {
		return this.number > 1;
	}

	public boolean hasNext() {
		return this.number < this.pages;
	}

}
