package dev.pvedash.backups;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.pvedash.backups.GuestFacts.Copy;

/**
 * The protection verdict as a pure function, the rules of docs/protection.md in their
 * order: Protected first (a fresh, not failed backup on another machine, and no failed
 * backup task since the newest good copy), then Unknown (a storage that may hold the
 * guest's backups could not be read), Not protected (no backup at all), and At risk with
 * the most urgent true reason. Snapshots are not an input: they never count.
 */
final class ProtectionRules {

	private static final Comparator<Copy> NEWEST = Comparator.comparing(Copy::ctime,
			Comparator.nullsFirst(Comparator.naturalOrder()));

	private ProtectionRules() {
	}

	static GuestProtection verdict(GuestFacts facts, boolean excludeTemplates, Instant now) {
		boolean excused = facts.notNeeded() || (facts.template() && excludeTemplates);
		String excuse = facts.notNeeded() ? facts.reason() : null;
		Reason reason = reason(facts, now);
		return new GuestProtection(facts.vmid(), reason.verdict(), reason.key(), reason.args(), excused, excuse);
	}

	private static Reason reason(GuestFacts facts, Instant now) {
		Optional<Copy> newestGood = facts.copies().stream().filter(c -> !c.verificationFailed()).max(NEWEST);
		GuestFacts.LastTask task = facts.lastTask();
		boolean taskFailedSince = task != null && task.failed()
				&& newestGood.map(c -> c.ctime() == null || task.started().isAfter(c.ctime())).orElse(true);
		Optional<Copy> newestOff = facts.copies().stream().filter(Copy::offHost).max(NEWEST);
		if (newestOff.isPresent() && fresh(newestOff.get(), facts.freshness(), now)
				&& !newestOff.get().verificationFailed() && !taskFailedSince) {
			return new Reason(Verdict.PROTECTED, "backups.why.protected", newestOff.get().storage(),
					Ages.text(age(newestOff.get(), now)));
		}
		if (!facts.listed()) {
			return new Reason(Verdict.UNKNOWN, "backups.why.unknown.not-read");
		}
		if (!facts.unreadable().isEmpty()) {
			GuestFacts.Unreadable first = facts.unreadable().get(0);
			return new Reason(Verdict.UNKNOWN, "backups.why.unknown.unreadable", first.storage(), first.reason());
		}
		if (facts.copies().isEmpty()) {
			return new Reason(Verdict.NOT_PROTECTED, "backups.why.not-protected");
		}
		if (taskFailedSince) {
			// no text: a job's log shows the guest started but not how it ended
			return blank(task.exitStatus()) ? new Reason(Verdict.AT_RISK, "backups.why.at-risk.task-unfinished")
					: new Reason(Verdict.AT_RISK, "backups.why.at-risk.task-failed", task.exitStatus());
		}
		if (newestOff.isPresent() && newestOff.get().verificationFailed()) {
			return new Reason(Verdict.AT_RISK, "backups.why.at-risk.verification", newestOff.get().storage());
		}
		if (newestOff.isPresent()) {
			return new Reason(Verdict.AT_RISK, "backups.why.at-risk.stale", newestOff.get().storage(),
					Ages.text(age(newestOff.get(), now)), facts.freshness().toDays());
		}
		return new Reason(Verdict.AT_RISK, "backups.why.at-risk.on-host",
				facts.copies().stream().max(NEWEST).orElseThrow().storage());
	}

	/**
	 * When the newest off-host backup stops being fresh: the only instant at which the
	 * passing of time alone can change this guest's verdict (null: never).
	 */
	static Instant staleAt(GuestFacts facts) {
		return facts.copies()
			.stream()
			.filter(Copy::offHost)
			.max(NEWEST)
			.map(Copy::ctime)
			.map(ctime -> ctime.plus(facts.freshness()))
			.orElse(null);
	}

	/** Younger than the limit; a backup exactly as old as the limit is already stale. */
	static boolean fresh(Copy copy, Duration limit, Instant now) {
		return copy.ctime() != null && age(copy, now).compareTo(limit) < 0;
	}

	private static Duration age(Copy copy, Instant now) {
		return (copy.ctime() == null) ? Duration.ZERO : Duration.between(copy.ctime(), now);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private record Reason(Verdict verdict, String key, List<Object> args) {

		Reason(Verdict verdict, String key, Object... args) {
			this(verdict, key, List.of(args));
		}

	}

}
