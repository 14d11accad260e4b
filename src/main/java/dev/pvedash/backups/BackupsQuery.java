package dev.pvedash.backups;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.pvedash.system.Pager;

/**
 * The {@code /backups} guests table's search, verdict filter and sort, bound from the
 * query string, like the guests table's. Unknown sort keys fall back to vmid; a guest
 * without a backup goes last when sorted by its newest backup, in both directions. The
 * page ({@link Pager}) is cut after filter and sort, so the verdict counts stay totals.
 *
 * @param verdict a {@link Verdict} in lower case ({@code at_risk}): the guests counted
 * under it, so the filter finds as many as the count says; {@code excused} the guests not
 * counted (no backup needed, excluded templates); anything else means no filter
 * @param job {@code none}: only the guests no backup job covers (PVE's list); anything
 * else means no filter
 */
record BackupsQuery(String q, String verdict, String job, String sort, String dir, String page) {

	static final String EXCUSED = "excused";

	static final String NO_JOB = "none";

	enum Sort {

		// worst first: what needs doing leads when sorted by verdict
		VMID(r -> r.guest().vmid()), VERDICT(r -> severity(r.protection().verdict())),
		NEWEST(r -> (r.newest() != null) ? r.newest().copy().ctime() : null);

		final Function<BackupsPage.GuestRow, Comparable<?>> key;

		Sort(Function<BackupsPage.GuestRow, Comparable<?>> key) {
			this.key = key;
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		Comparator<BackupsPage.GuestRow> order(boolean descending) {
			Comparator<Comparable> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
			return Comparator.comparing(r -> (Comparable) this.key.apply(r), Comparator.nullsLast(values));
		}

	}

	Sort sortKey() {
		for (Sort key : Sort.values()) {
			if (key.name().equalsIgnoreCase(this.sort)) {
				return key;
			}
		}
		return Sort.VMID;
	}

	boolean descending() {
		return "desc".equalsIgnoreCase(this.dir);
	}

	int pageNumber() {
		return Pager.requested(this.page);
	}

	/** The verdict filtered on, or null. */
	Verdict verdictFilter() {
		for (Verdict v : Verdict.values()) {
			if (v.name().equalsIgnoreCase(this.verdict)) {
				return v;
			}
		}
		return null;
	}

	/** The rows that match, sorted; {@code uncovered} the vmids no backup job covers. */
	List<BackupsPage.GuestRow> apply(List<BackupsPage.GuestRow> rows, Set<Integer> uncovered) {
		Comparator<BackupsPage.GuestRow> order = sortKey().order(descending());
		boolean jobless = NO_JOB.equals(this.job);
		return rows.stream()
			.filter(matches())
			.filter(r -> !jobless || uncovered.contains(r.guest().vmid()))
			.sorted(order.thenComparingInt((BackupsPage.GuestRow r) -> r.guest().vmid()))
			.toList();
	}

	/** This table's address with its filters and sort, on the given page. */
	public String pageUrl(int number) {
		return Pager.link("/backups", filters(this.sort, this.dir), number);
	}

	/**
	 * The address that sorts by this column, on the first page: ascending, or the other
	 * way round when already sorted by it.
	 */
	public String sortUrl(String column) {
		boolean again = column.equalsIgnoreCase(this.sort) && !descending();
		return Pager.link("/backups", filters(column, again ? "desc" : "asc"), 1);
	}

	/** The column's {@code aria-sort}, or null when the table is not sorted by it. */
	public String ariaSort(String column) {
		return column.equalsIgnoreCase(this.sort) ? (descending() ? "descending" : "ascending") : null;
	}

	/** The verdict filter's choices, in the URL in lower case. */
	public List<String> verdicts() {
		return List.of("protected", "at_risk", "not_protected", "unknown", EXCUSED);
	}

	private Map<String, String> filters(String sort, String dir) {
		Map<String, String> filters = new LinkedHashMap<>();
		filters.put("q", this.q);
		filters.put("verdict", this.verdict);
		filters.put("job", this.job);
		filters.put("sort", sort);
		filters.put("dir", dir);
		return filters;
	}

	private Predicate<BackupsPage.GuestRow> matches() {
		Verdict wanted = verdictFilter();
		boolean excused = EXCUSED.equalsIgnoreCase(this.verdict);
		String text = (this.q != null) ? this.q.strip().toLowerCase(Locale.ROOT) : "";
		return r -> (excused ? r.protection().excused()
				: wanted == null || (r.protection().verdict() == wanted && !r.protection().excused()))
				&& (text.isEmpty() || String.valueOf(r.guest().name()).toLowerCase(Locale.ROOT).contains(text)
						|| String.valueOf(r.guest().vmid()).equals(text));
	}

	private static int severity(Verdict verdict) {
		return switch (verdict) {
			case NOT_PROTECTED -> 0;
			case UNKNOWN -> 1;
			case AT_RISK -> 2;
			case PROTECTED -> 3;
		};
	}

}
