package dev.pvedash.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * What the poller stored, for the pages. Every call reads H2 only and returns at once,
 * whatever PVE is doing; values carry the time they were read ({@code asOf}). What other
 * modules tell the poller travels as events instead ({@link PageViewed},
 * {@link GuestTaskEnded}), so reading never writes or calls PVE.
 */
public interface Inventory {

	EndpointState endpoint();

	List<HostView> hosts();

	List<StorageView> storages();

	/** Every guest, templates included, ordered by vmid. */
	List<GuestView> guests();

	Optional<GuestDetail> guest(int vmid);

	/**
	 * Every guest with its config summary, in one read (for figures over all guests, e.g.
	 * start on boot).
	 */
	List<GuestDetail> guestDetails();

	/**
	 * PVE tasks touching this guest, newest first, including those started outside the
	 * dashboard.
	 */
	List<TaskView> recentTasks(int vmid, int limit);

	/**
	 * Stored PVE tasks of the given types (qmsnapshot, vzdump …) that ended or still run,
	 * started at or after {@code since}, oldest first. Tasks are kept for a week (see
	 * TaskRetention): keep what must last longer.
	 */
	List<TaskView> tasks(Set<String> types, Instant since);

}
