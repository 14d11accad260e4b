package dev.pvedash.snapshots;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.pvedash.system.Pager;

/**
 * The timeline's filters, bound from the query string: {@code guest} a vmid, or else a
 * part of a guest's name (a search box: a list of every guest would grow with the guest
 * count), {@code tag} a PVE tag, {@code madeBy} one of {@link MadeBy}, {@code history}
 * "current" hides deleted snapshots (shown by default, marked), {@code page} from 1 (see
 * {@link Pager}). Anything unparsable means "no filter".
 */
record TimelineQuery(String guest, String tag, String madeBy, String history, String page) {

	public Integer vmid() {
		if (this.guest == null || this.guest.isEmpty() || this.guest.length() > 9
				|| !this.guest.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return null;
		}
		return Integer.valueOf(this.guest);
	}

	/** The part of a name searched for, lower case; null when none or a vmid. */
	String nameSearch() {
		if (this.guest == null || this.guest.isBlank() || vmid() != null) {
			return null;
		}
		return this.guest.strip().toLowerCase(Locale.ROOT);
	}

	public MadeBy madeByFilter() {
		return (this.madeBy == null) ? null : MadeBy.parse(this.madeBy);
	}

	public boolean withDeleted() {
		return !"current".equals(this.history);
	}

	public int pageNumber() {
		return Pager.requested(this.page);
	}

	public boolean tagged() {
		return this.tag != null && !this.tag.isBlank();
	}

	/** Some filter narrows the timeline (the empty page then says "no match"). */
	public boolean filtered() {
		return vmid() != null || nameSearch() != null || tagged() || madeByFilter() != null;
	}

	/** The timeline's address with its filters, on the given page. */
	public String pageUrl(int number) {
		Map<String, String> filters = new LinkedHashMap<>();
		filters.put("guest", this.guest);
		filters.put("tag", this.tag);
		filters.put("madeBy", this.madeBy);
		filters.put("history", this.history);
		return Pager.link("/snapshots", filters, number);
	}

}
