package dev.pvedash.guests;

import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.pvedash.inventory.GuestView;
import dev.pvedash.proxmox.GuestState;
import dev.pvedash.proxmox.GuestType;
import dev.pvedash.system.Pager;

/**
 * The guests table's filter and sort, bound from the query string. Unknown sort keys fall
 * back to vmid; guests whose sort figure is unknown go last in both directions, so "—"
 * never ranks as zero. The page ({@link Pager}) is cut after filter and sort.
 */
record GuestQuery(String q, String status, String type, String tag, String sort, String dir, String page) {

	GuestQuery(String q, String status, String type, String tag, String sort, String dir) {
		this(q, status, type, tag, sort, dir, null);
	}

	/** Templates never run: the filter lists them apart from the states. */
	static final String TEMPLATE = "template";

	enum Sort {

		VMID(GuestView::vmid), NAME(g -> (g.name() != null) ? g.name().toLowerCase(Locale.ROOT) : null),
		STATUS(g -> shown(g.state()).name()), CPU(GuestView::cpu), MEM(GuestView::mem), UPTIME(GuestView::uptime);

		final Function<GuestView, Comparable<?>> key;

		Sort(Function<GuestView, Comparable<?>> key) {
			this.key = key;
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		Comparator<GuestView> order(boolean descending) {
			Comparator<Comparable> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
			return Comparator.comparing(g -> (Comparable) this.key.apply(g), Comparator.nullsLast(values));
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

	int pageNumber() {
		return Pager.requested(this.page);
	}

	/** This table's address with its filter and sort, on the given page. */
	public String pageUrl(int number) {
		Map<String, String> filters = new LinkedHashMap<>();
		filters.put("q", this.q);
		filters.put("status", this.status);
		filters.put("type", this.type);
		filters.put("tag", this.tag);
		filters.put("sort", this.sort);
		filters.put("dir", this.dir);
		return Pager.link("/guests", filters, number);
	}

	boolean descending() {
		return "desc".equalsIgnoreCase(this.dir);
	}

	List<GuestView> apply(List<GuestView> guests) {
		Comparator<GuestView> order = sortKey().order(descending());
		return guests.stream().filter(matches()).sorted(order.thenComparingInt(GuestView::vmid)).toList();
	}

	/**
	 * The status filter's choices besides "template"; in the URL by lower-case name
	 * ({@code status=running}).
	 */
	public List<GuestState> states() {
		return List.of(GuestState.RUNNING, GuestState.STOPPED, GuestState.PAUSED, GuestState.SUSPENDED);
	}

	/** The type filter's choices; in the URL by PVE's word ({@code type=lxc}). */
	public List<GuestType> types() {
		return List.of(GuestType.QEMU, GuestType.LXC);
	}

	/**
	 * The state a guest is listed under: the one the page shows for it (see
	 * {@code guest.state.*}).
	 */
	static GuestState shown(GuestState state) {
		if (state == null) {
			return GuestState.UNKNOWN;
		}
		return switch (state) {
			case MIGRATING -> GuestState.RUNNING;
			case IO_ERROR -> GuestState.PAUSED;
			case SUSPENDED_TO_DISK -> GuestState.STOPPED;
			default -> state;
		};
	}

	private Predicate<GuestView> matches() {
		return g -> (blank(this.status) || (g.template() ? TEMPLATE.equals(this.status)
				: shown(g.state()).name().toLowerCase(Locale.ROOT).equals(this.status)))
				&& (blank(this.type) || (g.type() != null && this.type.equals(g.type().wire())))
				&& (blank(this.tag) || g.tags().contains(this.tag))
				&& (blank(this.q)
						|| String.valueOf(g.name())
							.toLowerCase(Locale.ROOT)
							.contains(this.q.strip().toLowerCase(Locale.ROOT))
						|| String.valueOf(g.vmid()).equals(this.q.strip()));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
