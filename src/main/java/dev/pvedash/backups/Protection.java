package dev.pvedash.backups;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.Inventory;

/**
 * The protection verdict of every guest (docs/protection.md), for the overview, the guest
 * page and {@code /backups}. Reads H2 only. A guest marked "no backup needed", or an
 * excluded template, keeps its verdict but is counted as excused in {@link #summary()}.
 * <p>
 * What a verdict is judged from ({@link GuestFacts}) depends on the stored state and the
 * inventory's guests only, so it is built once per pair and shared, like the state itself
 * (docs/polling.md, "Reading what was stored"). The verdicts also depend on the clock,
 * through the freshness of the newest off-host backup and the ages in their sentences, so
 * they are judged per call from those facts, a pure and cheap rule.
 */
@Component
public class Protection {

	private final Inventory inventory;

	private final BackupStates states;

	private final BackupsProperties properties;

	private final Clock clock;

	/** How many times the facts were built, for tests. */
	private final AtomicLong mappings = new AtomicLong();

	private volatile Mapped mapped = new Mapped(null, List.of(), Map.of());

	private volatile ProtectionCounts summed;

	Protection(Inventory inventory, BackupStates states, BackupsProperties properties, Clock clock) {
		this.inventory = inventory;
		this.states = states;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The counts for the overview, kept while no verdict's word can change: see
	 * {@link ProtectionCounts} for why that is exact.
	 */
	public ProtectionSummary summary() {
		Mapped current = mapped();
		Instant now = this.clock.instant();
		ProtectionCounts summed = this.summed;
		if (summed == null || summed.facts() != current.facts() || !summed.holdsAt(now)) {
			summed = ProtectionCounts.of(current.facts(), current.state().settings().excludeTemplates(), now);
			this.summed = summed;
		}
		return summed.summary();
	}

	/**
	 * How many guests have each verdict, excused guests left out; every verdict is a key.
	 */
	public Map<Verdict, Long> counts() {
		return summary().counts();
	}

	/** Guests marked "no backup needed" and excluded templates. */
	public long excused() {
		return summary().excused();
	}

	public Optional<GuestProtection> of(int vmid) {
		Mapped current = mapped();
		return Optional.ofNullable(current.facts().get(vmid)).map(facts -> verdict(facts, current.state()));
	}

	/** Every guest's verdict, by vmid. */
	Map<Integer, GuestProtection> all() {
		Mapped current = mapped();
		return verdicts(current.facts(), current.state());
	}

	/**
	 * The verdicts of these guests against this state: from the shared facts when they
	 * are the ones mapped (as {@link BackupStates#load()} and the inventory hand out).
	 */
	Map<Integer, GuestProtection> all(List<GuestView> guests, BackupState state) {
		Mapped current = mapped();
		if (current.holds(guests, state)) {
			return verdicts(current.facts(), state);
		}
		return verdicts(facts(guests, state), state);
	}

	GuestProtection verdict(GuestView guest, BackupState state) {
		return verdict(facts(guest, state), state);
	}

	long mappings() {
		return this.mappings.get();
	}

	private GuestProtection verdict(GuestFacts facts, BackupState state) {
		return ProtectionRules.verdict(facts, state.settings().excludeTemplates(), this.clock.instant());
	}

	private Map<Integer, GuestProtection> verdicts(Map<Integer, GuestFacts> facts, BackupState state) {
		Map<Integer, GuestProtection> verdicts = new LinkedHashMap<>();
		facts.forEach((vmid, f) -> verdicts.put(vmid, verdict(f, state)));
		return verdicts;
	}

	/**
	 * The facts of the inventory's guests against the stored state. Both are immutable
	 * snapshots handed out until their tables are written; they are the key, so facts
	 * built from older rows are never kept for newer ones.
	 */
	private Mapped mapped() {
		List<GuestView> guests = this.inventory.guests();
		BackupState state = this.states.load();
		Mapped current = this.mapped;
		if (current.holds(guests, state)) {
			return current;
		}
		synchronized (this) { // one mapping per write, not one per waiting request
			current = this.mapped;
			if (!current.holds(guests, state)) {
				this.mappings.incrementAndGet();
				current = new Mapped(state, guests, facts(guests, state));
				this.mapped = current;
			}
			return current;
		}
	}

	private Map<Integer, GuestFacts> facts(List<GuestView> guests, BackupState state) {
		Map<Integer, GuestFacts> facts = new LinkedHashMap<>();
		guests.forEach(g -> facts.put(g.vmid(), facts(g, state)));
		return facts;
	}

	GuestFacts facts(GuestView guest, BackupState state) {
		return GuestFactsReader.facts(guest, state, this.properties.freshness());
	}

	/** Facts of {@code guests} (the inventory's list) against {@code state}. */
	private record Mapped(BackupState state, List<GuestView> guests, Map<Integer, GuestFacts> facts) {

		/**
		 * The inventory hands out the same list until its tables are written, so identity
		 * is the usual answer; equality covers other {@link Inventory} implementations.
		 */
		boolean holds(List<GuestView> guests, BackupState state) {
			return this.state == state && (this.guests == guests || this.guests.equals(guests));
		}

	}

}
