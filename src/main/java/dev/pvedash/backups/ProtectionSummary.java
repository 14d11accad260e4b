package dev.pvedash.backups;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the overview shows of the verdicts, from one pass over them: how many guests have
 * each verdict (excused guests left out; every verdict is a key) and how many are excused
 * (marked "no backup needed", or excluded templates).
 */
public record ProtectionSummary(Map<Verdict, Long> counts, long excused) {

	public ProtectionSummary {
		Map<Verdict, Long> all = new EnumMap<>(Verdict.class);
		for (Verdict verdict : Verdict.values()) {
			all.put(verdict, counts.getOrDefault(verdict, 0L));
		}
		counts = Collections.unmodifiableMap(all);
	}

}
