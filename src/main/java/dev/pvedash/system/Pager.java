package dev.pvedash.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where one page of a long table falls among its matches, shared by every paged list
 * (guests, backups, the snapshot timeline). Filter and sort run over every row first, so
 * paging never hides a match; a page number out of range shows the nearest page. The
 * template's pager ({@code fragments/pager}) reads these numbers.
 *
 * @param number this page, from 1
 * @param pages how many pages the matches fill, at least 1
 * @param first the position of the first row among the matches, from 1 (0 when none)
 * @param last the position of the last row
 * @param matched how many rows match the filters
 */
public record Pager(int number, int pages, int first, int last, int matched) {

	/** The page asked for, moved to the nearest one that exists. */
	public static Pager of(int matched, int requested, int size) {
		int pages = Math.max(1, (matched + size - 1) / size);
		int number = Math.min(Math.max(1, requested), pages);
		int from = (number - 1) * size;
		int to = Math.min(matched, from + size);
		return new Pager(number, pages, (to > from) ? from + 1 : 0, to, matched);
	}

	/**
	 * A page number from the query string; anything but a plain number shows the first
	 * page, as an unknown sort key shows the default order.
	 */
	public static int requested(String page) {
		return (page != null && page.matches("[1-9][0-9]{0,5}")) ? Integer.parseInt(page) : 1;
	}

	/**
	 * A paged table's address: its filters (blank ones left out) and the page, every
	 * reserved character of a value escaped.
	 */
	public static String link(String path, Map<String, String> filters, int page) {
		// values as template variables: encode() then escapes every reserved character,
		// "+" included, which a literal query value would keep (and servers read as a
		// space)
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		Map<String, Object> values = new LinkedHashMap<>();
		filters.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				values.put(name, value);
			}
		});
		values.put("page", page);
		values.keySet().forEach((name) -> url.queryParam(name, "{" + name + "}"));
		return url.encode().buildAndExpand(values).toUriString();
	}

	/** This page's rows out of all the matches, in their order. */
	public <T> List<T> slice(List<T> matches) {
		return matches.subList(offset(), this.last);
	}

	/** How many matches come before this page (SQL's OFFSET). */
	public int offset() {
		return (this.first == 0) ? 0 : this.first - 1;
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
