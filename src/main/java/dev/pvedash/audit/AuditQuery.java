package dev.pvedash.audit;

/** Filters for the audit page; null means "any". Page numbers start at 0. */
record AuditQuery(String actor, String kind, int page, int size) {

	static final int PAGE_SIZE = 50;

	long offset() {
		return (long) this.page * this.size;
	}

}
