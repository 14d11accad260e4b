package dev.pvedash.snapshots;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import dev.pvedash.inventory.Inventory;
import dev.pvedash.system.UserFacingException;

/** Resolves and checks what a snapshot action names, from H2, before anything is sent. */
@Component
class SnapshotTargets {

	private final Inventory inventory;

	private final SnapshotHistory history;

	private final SnapshotPanel panel;

	SnapshotTargets(Inventory inventory, SnapshotHistory history, SnapshotPanel panel) {
		this.inventory = inventory;
		this.history = history;
		this.panel = panel;
	}

	GuestSnapshots guest(int vmid) {
		return this.inventory.guest(vmid)
			.map(this.panel::build)
			.orElseThrow(() -> new UserFacingException(HttpStatus.NOT_FOUND, "guests.action.unknown-guest"));
	}

	/** The message key of what is wrong with the form, or empty when it may be sent. */
	Optional<String> problem(int vmid, SnapshotForm form) {
		String name = form.trimmedName();
		Optional<String> problem = SnapshotName.problem(name);
		if (problem.isPresent()) {
			return problem;
		}
		if (this.history.live(vmid).stream().anyMatch(s -> s.name().equals(name))) {
			return Optional.of("snapshots.name.taken");
		}
		return form.descriptionProblem();
	}

	/**
	 * 400 for a name PVE would refuse, 404 for one this guest does not have (as last
	 * read).
	 */
	StoredSnapshot existing(int vmid, String name) {
		SnapshotName.problem(name).ifPresent(key -> {
			throw new UserFacingException(HttpStatus.BAD_REQUEST, key);
		});
		guest(vmid);
		return this.history.live(vmid)
			.stream()
			.filter(s -> s.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new UserFacingException(HttpStatus.NOT_FOUND, "snapshots.unknown", name));
	}

	/**
	 * What the confirmation says; for a rollback, the newer snapshots that stay (PVE
	 * keeps them).
	 */
	Confirmation confirmation(int vmid, String name, String action) {
		StoredSnapshot target = existing(vmid, name);
		GuestSnapshots guest = guest(vmid);
		List<String> newer = this.history.live(vmid)
			.stream()
			.filter(s -> s.takenAt().isAfter(target.takenAt()))
			.sorted(Comparator.comparing(StoredSnapshot::takenAt))
			.map(StoredSnapshot::name)
			.toList();
		return new Confirmation(guest, target, action, newer);
	}

	record Confirmation(GuestSnapshots guest, StoredSnapshot snapshot, String action, List<String> newer) {
	}

}
