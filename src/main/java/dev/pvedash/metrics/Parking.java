package dev.pvedash.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Entities whose rrddata was refused or failed, until when, and what their job still had
 * to send: asked again only when the parking ends, never every cycle. Only the backfill's
 * thread uses it.
 */
final class Parking {

	private final Map<Integer, Instant> until = new HashMap<>();

	private final Map<Integer, BackfillJob> jobs = new HashMap<>();

	void park(BackfillJob job, Instant until) {
		this.until.put(job.entity.id(), until);
		this.jobs.put(job.entity.id(), job);
	}

	boolean parked(int entity, Instant now) {
		Instant end = this.until.get(entity);
		return end != null && now.isBefore(end);
	}

	/** The jobs whose parking has ended, removed from here. */
	List<BackfillJob> due(Instant now) {
		List<BackfillJob> due = new ArrayList<>();
		this.jobs.values().removeIf((job) -> {
			boolean ended = !parked(job.entity.id(), now);
			if (ended) {
				due.add(job);
			}
			return ended;
		});
		return due;
	}

}
