package dev.pvedash.backups;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.pvedash.backups.GuestFacts.Copy;
import dev.pvedash.backups.GuestFacts.LastTask;
import dev.pvedash.backups.GuestFacts.Unreadable;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.Inventory;

/**
 * The protection verdict of every guest (docs/protection.md), for the overview, the guest
 * page and {@code /backups}. Reads H2 only. A guest marked "no backup needed", or an
 * excluded template, keeps its verdict but is counted under {@link #excused()} instead of
 * {@link #counts()}.
 */
@Component
public class Protection {

	private final Inventory inventory;

	private final BackupStates states;

	private final BackupsProperties properties;

	private final Clock clock;

	Protection(Inventory inventory, BackupStates states, BackupsProperties properties, Clock clock) {
		this.inventory = inventory;
		this.states = states;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * How many guests have each verdict, excused guests left out; every verdict is a key.
	 */
	public Map<Verdict, Long> counts() {
		Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
		for (Verdict verdict : Verdict.values()) {
			counts.put(verdict, 0L);
		}
		all().values().stream().filter(p -> !p.excused()).forEach(p -> counts.merge(p.verdict(), 1L, Long::sum));
		return counts;
	}

	/** Guests marked "no backup needed" and excluded templates. */
	public long excused() {
		return all().values().stream().filter(GuestProtection::excused).count();
	}

	public Optional<GuestProtection> of(int vmid) {
		return this.inventory.guest(vmid).map(detail -> verdict(detail.guest(), this.states.load()));
	}

	/** Every guest's verdict, by vmid. */
	Map<Integer, GuestProtection> all() {
		return all(this.inventory.guests(), this.states.load());
	}

	Map<Integer, GuestProtection> all(List<GuestView> guests, BackupState state) {
		Map<Integer, GuestProtection> verdicts = new LinkedHashMap<>();
		guests.forEach(g -> verdicts.put(g.vmid(), verdict(g, state)));
		return verdicts;
	}

	GuestProtection verdict(GuestView guest, BackupState state) {
		return ProtectionRules.verdict(facts(guest, state), state.settings().excludeTemplates(), this.clock.instant());
	}

	GuestFacts facts(GuestView guest, BackupState state) {
		int vmid = guest.vmid();
		List<StoredCopy> stored = state.copies(vmid);
		List<Copy> copies = stored.stream()
			.map(c -> new Copy(c.storage(), state.location(c.storage()).offHost(), c.ctime(), c.verification()))
			.toList();
		StoredLastTask task = state.lastTasks().get(vmid);
		LastTask last = (task == null) ? null : new LastTask(task.started(), task.failed(), task.exitStatus());
		BackupSettings.GuestSetting setting = state.settings().guest(vmid);
		Duration freshness = (setting.freshnessDays() != null) ? Duration.ofDays(setting.freshnessDays())
				: this.properties.freshness();
		return new GuestFacts(vmid, guest.template(), copies, last, unreadable(guest, state, stored), state.listed(),
				freshness, setting.notNeeded(), setting.reason());
	}

	/**
	 * Unreadable storages that may hold this guest's backups: one a job covering the
	 * guest writes to, or one whose last good listing had its backups. Any other
	 * unreadable storage is shown on the page but does not make every guest Unknown.
	 */
	private static List<Unreadable> unreadable(GuestView guest, BackupState state, List<StoredCopy> copies) {
		return state.storages()
			.stream()
			.filter(StoredStorage::unreadable)
			.filter(s -> s.shared() || s.node().equals(guest.node()))
			.filter(s -> state.jobs().stream().anyMatch(j -> j.covers(guest.vmid()) && s.storage().equals(j.storage()))
					|| copies.stream().anyMatch(c -> c.storage().equals(s.storage())))
			.map(s -> new Unreadable(s.storage(), s.error()))
			.distinct()
			.toList();
	}

}
