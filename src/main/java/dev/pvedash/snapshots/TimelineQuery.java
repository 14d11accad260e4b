package dev.pvedash.snapshots;

/**
 * The timeline's filters, bound from the query string: {@code guest} a vmid, {@code tag}
 * a PVE tag, {@code madeBy} one of {@link MadeBy}, {@code history} "current" hides
 * deleted snapshots (shown by default, marked), {@code page} from 1. Anything unparsable
 * means "no filter".
 */
record TimelineQuery(String guest, String tag, String madeBy, String history, Integer page) {

	static final int PAGE_SIZE = 200;

	public Integer vmid() {
		if (this.guest == null || this.guest.isEmpty() || this.guest.length() > 9
				|| !this.guest.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return null;
		}
		return Integer.valueOf(this.guest);
	}

	public MadeBy madeByFilter() {
		return (this.madeBy == null) ? null : MadeBy.parse(this.madeBy);
	}

	public boolean withDeleted() {
		return !"current".equals(this.history);
	}

	public int pageNumber() {
		return (this.page == null || this.page < 1) ? 1 : this.page;
	}

	public boolean tagged() {
		return this.tag != null && !this.tag.isBlank();
	}

}
