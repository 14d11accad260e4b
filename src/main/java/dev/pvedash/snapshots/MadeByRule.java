package dev.pvedash.snapshots;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who made a snapshot (docs/snapshots.md, "Made by"), in this order: a task of this
 * dashboard that created this name around the snapshot's time (a schedule when its actor
 * is {@code schedule:<name>}, else the user); cv4pve-autosnap by its naming ({@code auto}
 * + label + {@code yyMMddHHmmss}, see its README) or its description; anything else was
 * made outside.
 */
final class MadeByRule {

	static final String SCHEDULE_ACTOR = "schedule:";

	/**
	 * Our task ends after PVE stamped snaptime; a day covers slow storage without
	 * matching an old name.
	 */
	static final Duration MATCH_WINDOW = Duration.ofDays(1);

	private static final Pattern CV4PVE_NAME = Pattern.compile("auto[A-Za-z0-9_-]*?(\\d{12})");

	private static final DateTimeFormatter CV4PVE_STAMP = DateTimeFormatter.ofPattern("uuMMddHHmmss", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private MadeByRule() {
	}

	static Attribution of(int vmid, String name, String description, Instant snaptime, Collection<Origin> origins) {
		for (Origin origin : origins) {
			if (origin.vmid() == vmid && origin.name().equals(name) && near(snaptime, origin.endedAt())) {
				String actor = origin.actor();
				return actor.startsWith(SCHEDULE_ACTOR)
						? new Attribution(MadeBy.SCHEDULE, actor.substring(SCHEDULE_ACTOR.length()))
						: new Attribution(MadeBy.DASHBOARD_USER, actor);
			}
		}
		if (cv4pveName(name)
				|| (description != null && description.toLowerCase(Locale.ROOT).contains("cv4pve-autosnap"))) {
			return new Attribution(MadeBy.CV4PVE, null);
		}
		return Attribution.OUTSIDE;
	}

	/** Without a snaptime (PVE sent 0) the name alone decides. */
	private static boolean near(Instant snaptime, Instant ended) {
		return snaptime == null || (!ended.isBefore(snaptime.minus(Duration.ofMinutes(5)))
				&& !ended.isAfter(snaptime.plus(MATCH_WINDOW)));
	}

	static boolean cv4pveName(String name) {
		Matcher matcher = CV4PVE_NAME.matcher(name);
		if (!matcher.matches()) {
			return false;
		}
		try {
			LocalDateTime.parse(matcher.group(1), CV4PVE_STAMP);
			return true;
		}
		catch (DateTimeParseException notADate) {
			return false;
		}
	}

}
