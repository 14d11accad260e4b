package dev.pvedash.backups;

import java.time.Duration;
import java.util.List;

import dev.pvedash.backups.GuestFacts.Copy;
import dev.pvedash.backups.GuestFacts.LastTask;
import dev.pvedash.backups.GuestFacts.Unreadable;
import dev.pvedash.inventory.GuestView;

/**
 * One guest's {@link GuestFacts} from a {@link BackupState}: a few lookups in its
 * {@link StateIndex}, so mapping every guest stays linear in guests and copies.
 */
final class GuestFactsReader {

	private GuestFactsReader() {
	}

	static GuestFacts facts(GuestView guest, BackupState state, Duration globalFreshness) {
		int vmid = guest.vmid();
		List<StoredCopy> stored = state.copies(vmid);
		List<Copy> copies = stored.stream()
			.map(c -> new Copy(c.storage(), state.location(c.storage()).offHost(), c.ctime(), c.verification()))
			.toList();
		StoredLastTask task = state.lastTasks().get(vmid);
		LastTask last = (task == null) ? null : new LastTask(task.started(), task.failed(), task.exitStatus());
		BackupSettings.GuestSetting setting = state.settings().guest(vmid);
		Duration freshness = (setting.freshnessDays() != null) ? Duration.ofDays(setting.freshnessDays())
				: globalFreshness;
		return new GuestFacts(vmid, guest.template(), copies, last, unreadable(guest, state, stored), state.listed(),
				freshness, setting.notNeeded(), setting.reason());
	}

	/**
	 * Unreadable storages that may hold this guest's backups: one a job covering the
	 * guest writes to, or one whose last good listing had its backups. Any other
	 * unreadable storage is shown on the page but does not make every guest Unknown.
	 */
	private static List<Unreadable> unreadable(GuestView guest, BackupState state, List<StoredCopy> copies) {
		return state.index()
			.unreadable()
			.stream()
			.filter(u -> u.storage().shared() || u.storage().node().equals(guest.node()))
			.filter(u -> u.coverage().covers(guest.vmid())
					|| copies.stream().anyMatch(c -> c.storage().equals(u.storage().storage())))
			.map(u -> new Unreadable(u.storage().storage(), u.storage().error()))
			.distinct()
			.toList();
	}

}
