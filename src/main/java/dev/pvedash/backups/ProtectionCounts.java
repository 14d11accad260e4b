package dev.pvedash.backups;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The overview's counts, judged at {@code at} and kept until {@code until}. The clock
 * enters a verdict's word only through one comparison: the newest off-host backup is
 * fresh while the time is before its ctime plus the guest's freshness
 * ({@link ProtectionRules#staleAt}); every other input is stored data, which the facts
 * they were judged from already stand for. So between {@code at} and the earliest such
 * instant still ahead, every word is the one judged at {@code at}, and the counts are
 * exact, not a cached approximation. A clock set back judges again.
 */
record ProtectionCounts(Map<Integer, GuestFacts> facts, ProtectionSummary summary, Instant at, Instant until) {

	static ProtectionCounts of(Map<Integer, GuestFacts> facts, boolean excludeTemplates, Instant now) {
		Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
		long excused = 0;
		Instant until = null;
		for (GuestFacts guest : facts.values()) {
			GuestProtection verdict = ProtectionRules.verdict(guest, excludeTemplates, now);
			if (verdict.excused()) {
				excused++;
			}
			else {
				counts.merge(verdict.verdict(), 1L, Long::sum);
			}
			Instant stale = ProtectionRules.staleAt(guest);
			if (stale != null && stale.isAfter(now) && (until == null || stale.isBefore(until))) {
				until = stale;
			}
		}
		return new ProtectionCounts(facts, new ProtectionSummary(counts, excused), now, until);
	}

	boolean holdsAt(Instant now) {
		return !now.isBefore(this.at) && (this.until == null || now.isBefore(this.until));
	}

}
