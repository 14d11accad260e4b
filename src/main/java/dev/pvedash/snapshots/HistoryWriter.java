package dev.pvedash.snapshots;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.pvedash.inventory.GuestView;
import dev.pvedash.proxmox.Snapshots;

/**
 * Stores one read of a guest's snapshot list as a diff against its history, in one
 * transaction.
 */
@Component
class HistoryWriter {

	private final SnapshotHistory history;

	private final SyncStates states;

	HistoryWriter(SnapshotHistory history, SyncStates states) {
		this.history = history;
		this.states = states;
	}

	@Transactional
	public void store(GuestView guest, Snapshots read, Instant now) {
		HistoryDiff diff = HistoryDiff.of(guest.vmid(), this.history.live(guest.vmid()), read,
				this.states.origins(guest.vmid()));
		diff.gone().forEach(id -> this.history.noticedGone(id, now));
		diff.kept().forEach(kept -> {
			this.history.seen(kept.id(), guest, kept.snapshot(), now);
			if (kept.attribution() != null) {
				this.history.attribute(kept.id(), kept.attribution());
			}
		});
		diff.added().forEach(added -> this.history.add(guest, added.snapshot(), added.attribution(), now));
		this.states.read(guest, read.currentParent(), now);
	}

}
