package dev.pvedash.backups;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.Inventory;

/**
 * Builds the models of {@code /backups} and the guest page panel from one read of the
 * store.
 */
@Component
class BackupPages {

	private final Inventory inventory;

	private final BackupStates states;

	private final Protection protection;

	BackupPages(Inventory inventory, BackupStates states, Protection protection) {
		this.inventory = inventory;
		this.states = states;
		this.protection = protection;
	}

	BackupsPage page() {
		BackupState state = this.states.load();
		List<GuestView> guests = this.inventory.guests();
		Map<Integer, GuestProtection> verdicts = this.protection.all(guests, state);
		List<BackupsPage.GuestRow> rows = guests.stream().map(g -> row(g, verdicts.get(g.vmid()), state)).toList();
		List<BackupsPage.StorageRow> storages = state.storages()
			.stream()
			.map(s -> new BackupsPage.StorageRow(s, state.location(s.storage()),
					state.settings().locations().containsKey(s.storage())))
			.toList();
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
		return new BackupsPage(rows, storages, state.jobs(), state.uncovered(), failing, asOf);
	}

	BackupsPage.GuestRow guest(GuestView guest) {
		BackupState state = this.states.load();
		return row(guest, this.protection.verdict(guest, state), state);
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

	private static BackupsPage.GuestRow row(GuestView guest, GuestProtection verdict, BackupState state) {
		List<BackupsPage.CopyRow> copies = state.copies(guest.vmid())
			.stream()
			.map(c -> new BackupsPage.CopyRow(c, state.location(c.storage())))
			.toList();
		return new BackupsPage.GuestRow(guest, verdict, copies, state.lastTasks().get(guest.vmid()));
	}

}
