package dev.pvedash.snapshots;

/**
 * Who took a snapshot, as far as the dashboard can tell (docs/snapshots.md, "Made by").
 */
enum MadeBy {

	/** A user clicked "Take snapshot" here; {@code made_by_who} is the user's name. */
	DASHBOARD_USER,
	/**
	 * One of this dashboard's snapshot schedules; {@code made_by_who} is the schedule's
	 * name.
	 */
	SCHEDULE,
	/** cv4pve-autosnap, recognised by its name pattern or description. */
	CV4PVE,
	/** Anything else: PVE's own UI, the shell, another tool. */
	OUTSIDE;

	static MadeBy parse(String value) {
		for (MadeBy madeBy : values()) {
			if (madeBy.name().equalsIgnoreCase(value)) {
				return madeBy;
			}
		}
		return null;
	}

}
