package dev.pvedash.backups;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.Inventory;
import dev.pvedash.system.Pager;

/**
 * Builds the models of {@code /backups} and the guest page panel from one read of the
 * store.
 */
@Component
class BackupPages {

	private final Inventory inventory;

	private final BackupStates states;

	private final Protection protection;

	private final BackupTable table;

	private final int pageSize;

	BackupPages(Inventory inventory, BackupStates states, Protection protection, BackupTable table,
			BackupsProperties properties) {
		this.inventory = inventory;
		this.table = table;
		this.pageSize = properties.pageSize();
		this.states = states;
		this.protection = protection;
	}

	/**
	 * The page with every guest's verdict counted, and the rows of the guests that match
	 * the query's filters on the page it asks for.
	 */
	BackupsPage page(BackupsQuery query, Locale locale) {
		BackupState state = this.states.load();
		List<GuestView> guests = this.inventory.guests();
		Map<Integer, GuestProtection> verdicts = this.protection.all(guests, state);
		// grouped once: looking each guest's copies up in the whole list is quadratic
		Map<Integer, List<StoredCopy>> copies = state.copies()
			.stream()
			.filter(c -> c.vmid() != null)
			.collect(Collectors.groupingBy(StoredCopy::vmid));
		List<BackupsPage.GuestRow> all = guests.stream()
			.map(g -> row(g, verdicts.get(g.vmid()), copies.getOrDefault(g.vmid(), List.of()), state))
			.toList();
		long excused = verdicts.values().stream().filter(GuestProtection::excused).count();
		Set<Integer> jobless = state.uncovered()
			.stream()
			.map(BackupSource.UncoveredEntry::vmid)
			.collect(Collectors.toSet());
		List<BackupsPage.GuestRow> matches = query.apply(all, jobless);
		Pager pager = Pager.of(matches.size(), query.pageNumber(), this.pageSize);
		List<BackupRow> rows = this.table.of(pager.slice(matches), locale);
		List<BackupsPage.StorageRow> storages = storages(state);
		Instant asOf = state.sources()
			.values()
			.stream()
			.map(SourceState::attemptedAt)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		List<SourceState> failing = state.sources()
			.values()
			.stream()
			.filter(SourceState::failing)
			.sorted(Comparator.comparing(SourceState::source))
			.toList();
		// a long list of names is no help: the table's filter shows them a page at a time
		List<BackupSource.UncoveredEntry> listed = (state.uncovered().size() <= this.pageSize) ? state.uncovered()
				: List.of();
		return new BackupsPage(rows, pager, counts(verdicts.values()), excused, storages, state.jobs(), listed,
				state.uncovered().size(), failing, asOf);
	}

	/** The backup storages with where each is, for this page and the settings page. */
	List<BackupsPage.StorageRow> storages() {
		return storages(this.states.load());
	}

	BackupsPage.GuestRow guest(GuestView guest) {
		BackupState state = this.states.load();
		return row(guest, this.protection.verdict(guest, state), state.copies(guest.vmid()), state);
	}

	/**
	 * Where "Back up now" can write: readable, off-host storages first, since only those
	 * protect the guest.
	 */
	List<StoredStorage> storagesOn(String node) {
		BackupState state = this.states.load();
		return state.storages()
			.stream()
			.filter(s -> s.node().equals(node))
			.sorted(Comparator.comparing((StoredStorage s) -> !s.active() || s.unreadable())
				.thenComparing(s -> !state.location(s.storage()).offHost())
				.thenComparing(StoredStorage::storage))
			.toList();
	}

	/**
	 * How many guests have each verdict, excused ones left out, as
	 * {@link Protection#counts()} counts them for the overview; here from the verdicts
	 * this page has already made.
	 */
	private static Map<Verdict, Long> counts(Collection<GuestProtection> verdicts) {
		Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
		for (Verdict verdict : Verdict.values()) {
			counts.put(verdict, 0L);
		}
		verdicts.stream().filter(p -> !p.excused()).forEach(p -> counts.merge(p.verdict(), 1L, Long::sum));
		return counts;
	}

	private static List<BackupsPage.StorageRow> storages(BackupState state) {
		return state.storages()
			.stream()
			.map(s -> new BackupsPage.StorageRow(s, state.location(s.storage()),
					state.settings().locations().containsKey(s.storage())))
			.toList();
	}

	private static BackupsPage.GuestRow row(GuestView guest, GuestProtection verdict, List<StoredCopy> stored,
			BackupState state) {
		List<BackupsPage.CopyRow> copies = stored.stream()
			.map(c -> new BackupsPage.CopyRow(c, state.location(c.storage())))
			.toList();
		return new BackupsPage.GuestRow(guest, verdict, copies, state.lastTasks().get(guest.vmid()));
	}

}
