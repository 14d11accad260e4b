package dev.pvedash.snapshots;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import dev.pvedash.guests.GuestPanel;
import dev.pvedash.inventory.GuestDetail;
import dev.pvedash.inventory.Inventory;

/**
 * The guest page's snapshot section: tree, warnings and, for operators, the snapshot
 * actions.
 */
@Component
class SnapshotPanel implements GuestPanel {

	private final Inventory inventory;

	private final SnapshotHistory history;

	private final SyncStates states;

	private final SnapshotRisks risks;

	private final Clock clock;

	SnapshotPanel(Inventory inventory, SnapshotHistory history, SyncStates states, SnapshotRisks risks, Clock clock) {
		this.inventory = inventory;
		this.history = history;
		this.states = states;
		this.risks = risks;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String template() {
		return "snapshots/guest";
	}

	@Override
	public String fragment() {
		return "panel";
	}

	@Override
	public void fill(int vmid, Model model) {
		this.inventory.guest(vmid).ifPresent(detail -> model.addAttribute("snapshots", build(detail)));
		if (!model.containsAttribute("snapshotForm")) {
			model.addAttribute("snapshotForm", SnapshotForm.empty());
		}
	}

	GuestSnapshots build(GuestDetail detail) {
		int vmid = detail.guest().vmid();
		Instant now = this.clock.instant();
		GuestSyncState state = this.states.find(vmid).orElse(null);
		var all = this.history.all(vmid);
		var live = all.stream().filter(s -> !s.deleted()).toList();
		var deleted = all.stream()
			.filter(StoredSnapshot::deleted)
			.map(s -> Timeline.row(s, detail.guest(), now))
			.toList();
		var tree = SnapshotTreeRows.of(detail.guest(), live, (state != null) ? state.currentParent() : null, now);
		boolean passthrough = detail.pciDevices() != null && !detail.pciDevices().isEmpty();
		return new GuestSnapshots(detail.guest(), passthrough, state, tree, deleted, this.risks.of(vmid));
	}

}
