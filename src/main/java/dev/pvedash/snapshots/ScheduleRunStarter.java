package dev.pvedash.snapshots;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.Inventory;

/**
 * Opens a run: claims the schedule (one run in flight, decided by the database) and lists
 * its guests as they are now, from the stored inventory. Nothing is sent to PVE here; the
 * runner's ticks do that.
 */
@Component
class ScheduleRunStarter {

	/**
	 * UTC, so names sort by time whatever the server's zone; 15 characters
	 * (ScheduleFormCheck.PREFIX_MAX).
	 */
	static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

	private final ScheduleRepository schedules;

	private final ScheduleRunRepository runs;

	private final Inventory inventory;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ScheduleRunStarter(ScheduleRepository schedules, ScheduleRunRepository runs, Inventory inventory,
			PlatformTransactionManager transactions, Clock clock) {
		this.schedules = schedules;
		this.runs = runs;
		this.inventory = inventory;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * The new run's id, or empty when the schedule already has one in flight. A run for a
	 * fire time marks it handled in the same transaction, so a crash never leaves it to
	 * be caught up a second time.
	 */
	Optional<Long> start(Schedule schedule, String trigger, Instant fireTime) {
		Instant now = this.clock.instant();
		List<GuestView> guests = guests(schedule);
		try {
			return Optional.ofNullable(this.transaction.execute(status -> {
				long id = this.runs.claim(schedule.id(), trigger, fireTime, schedule.prefix() + STAMP.format(now), now);
				this.runs.addGuests(id, guests);
				if (fireTime != null) {
					this.schedules.firedThrough(schedule.id(), fireTime);
				}
				return id;
			}));
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException busy) {
			return Optional.empty();
		}
	}

	/**
	 * Listed guests in the schedule's order (an unknown vmid stays, to be reported);
	 * tagged ones by vmid.
	 */
	private List<GuestView> guests(Schedule schedule) {
		List<GuestView> known = this.inventory.guests();
		if (schedule.byTag()) {
			return known.stream()
				.filter(g -> g.tags() != null && g.tags().stream().anyMatch(t -> t.equalsIgnoreCase(schedule.tag())))
				.toList();
		}
		return schedule.vmids()
			.stream()
			.map(vmid -> known.stream().filter(g -> g.vmid() == vmid).findFirst().orElse(unknown(vmid)))
			.toList();
	}

	private static GuestView unknown(int vmid) {
		return new GuestView(vmid, null, null, null, null, null, null, null, null, null, List.of(), null, false, null);
	}

}
