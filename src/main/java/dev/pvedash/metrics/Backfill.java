package dev.pvedash.metrics;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.pvedash.proxmox.ProxmoxException;
import dev.pvedash.proxmox.RrdCf;
import dev.pvedash.proxmox.RrdTimeframe;

/**
 * Fills history from PVE's rrddata in the background (docs/metrics.md): at first sight of an entity and
 * after a silence, plus every {@code nodeRefresh} a node's last hour for what its status lacks (network
 * rates, pressure). Nodes first, then storages, then guests; at most {@code backfillCalls} requests every
 * {@code backfillTick}, on the scheduler's thread, never the poller's. A 403 or 501 parks the entity for
 * {@code retryRefused} with a note in the log; other failures for {@code retryFailed}.
 */
@Component
class Backfill {

	private static final Logger log = LoggerFactory.getLogger(Backfill.class);

	private static final class Job {

		final Entity entity;

		final long seq;

		final Deque<BackfillPlan.Call> calls;

		final Set<RrdTimeframe> minuteFrames = new HashSet<>();

		final @Nullable Long since;

		Job(Entity entity, long seq, @Nullable Long since, List<BackfillPlan.Call> calls) {
			this.entity = entity;
			this.seq = seq;
			this.since = since;
			this.calls = new ArrayDeque<>(calls);
		}

	}

	private final RrdReader reader;

	private final MetricStore store;

	private final MetricsProperties properties;

	private final Clock clock;

	private final PriorityQueue<Job> queue = new PriorityQueue<>(
			Comparator.<Job>comparingInt((job) -> job.entity.kind() == Kind.NODE ? 0 : job.entity.kind() == Kind.STORAGE ? 1 : 2)
				.thenComparingLong((job) -> job.seq));

	private final Map<Integer, Job> queued = new HashMap<>();

	private final Map<Integer, Instant> parked = new HashMap<>();

	// what a refused or failed job still had to do, sent again when its entity's parking ends
	private final Map<Integer, Job> parkedJobs = new HashMap<>();

	private final Map<Integer, Instant> refreshed = new HashMap<>();

	private long seq;

	private @Nullable Instant lastRun;

	Backfill(RrdReader reader, MetricStore store, MetricsProperties properties, Clock clock) {
		this.reader = reader;
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelay = 1000, initialDelay = 1000)
	void tick() {
		runIfDue();
	}

	/** Queues the requests that fill the silence since {@code since} (null: first sight). */
	synchronized void request(Entity entity, @Nullable Long since, long now) {
		Job before = this.queued.get(entity.id());
		if (before != null) {
			if (before.since == null || (since != null && before.since <= since)) {
				return;
			}
			this.queue.remove(before);
		}
		Instant until = this.parked.get(entity.id());
		if (until != null && Instant.ofEpochSecond(now).isBefore(until)) {
			return;
		}
		enqueue(new Job(entity, this.seq++, since, BackfillPlan.calls(since, now)));
		this.refreshed.put(entity.id(), Instant.ofEpochSecond(now));
	}

	/** A node's last hour again, now and then: its network rates and pressure exist only in rrddata. */
	synchronized void refresh(Entity node, long now) {
		Instant last = this.refreshed.get(node.id());
		Instant at = Instant.ofEpochSecond(now);
		if (this.queued.containsKey(node.id()) || (last != null && at.isBefore(last.plus(this.properties.nodeRefresh())))) {
			return;
		}
		Instant until = this.parked.get(node.id());
		if (until != null && at.isBefore(until)) {
			return;
		}
		this.refreshed.put(node.id(), at);
		enqueue(new Job(node, this.seq++, now - 3_600, List.of(new BackfillPlan.Call(RrdTimeframe.HOUR, RrdCf.AVERAGE))));
	}

	synchronized void runIfDue() {
		Instant now = this.clock.instant();
		this.parkedJobs.values().removeIf((job) -> {
			boolean due = !now.isBefore(this.parked.get(job.entity.id()));
			if (due && !this.queued.containsKey(job.entity.id())) {
				enqueue(job);
			}
			return due;
		});
		if (!this.queue.isEmpty() && (this.lastRun == null || !now.isBefore(this.lastRun.plus(this.properties.backfillTick())))) {
			this.lastRun = now;
			run(now);
		}
	}

	/** Sends at most {@code backfillCalls} requests; returns how many it sent. */
	synchronized int run(Instant now) {
		int sent = 0;
		while (sent < this.properties.backfillCalls() && !this.queue.isEmpty()) {
			Job job = this.queue.peek();
			BackfillPlan.Call call = job.calls.poll();
			if (call == null) {
				finish(job);
				continue;
			}
			if (call.cf() == RrdCf.MAX && job.minuteFrames.contains(call.frame())) {
				continue;
			}
			sent++;
			if (!fetch(job, call, now)) {
				finish(job);
			}
		}
		this.queue.removeIf((job) -> {
			boolean done = job.calls.isEmpty();
			if (done) {
				this.queued.remove(job.entity.id());
			}
			return done;
		});
		return sent;
	}

	synchronized boolean idle() {
		return this.queue.isEmpty();
	}

	private boolean fetch(Job job, BackfillPlan.Call call, Instant now) {
		Entity entity = job.entity;
		try {
			List<RrdMapping.Point> points = this.reader.read(entity, call.frame(), call.cf());
			if (points.size() > 1 && RrdMapping.step(points, points.size() - 2, 0) <= 60) {
				job.minuteFrames.add(call.frame());
			}
			boolean max = call.cf() == RrdCf.MAX;
			int width = entity.kind().fields().size();
			for (Tier tier : Tier.values()) {
				if (max && tier == Tier.MINUTE) {
					continue;
				}
				long keepFrom = Retention.keepFrom(tier, this.properties.keep(tier), now);
				List<Row> rows = RrdMapping.toTier(points, max, tier, keepFrom, now.getEpochSecond(), width);
				this.store.write(entity.kind(), tier, entity.id(), rows, false);
			}
			return true;
		}
		catch (ProxmoxException ex) {
			boolean refused = ex.status() == 501 || ex.status() == 403 || ex.kind() == ProxmoxException.Kind.PERMISSION;
			Instant until = now.plus(refused ? this.properties.retryRefused() : this.properties.retryFailed());
			this.parked.put(entity.id(), until);
			job.calls.addFirst(call);
			this.parkedJobs.put(entity.id(), new Job(entity, this.seq++, job.since, List.copyOf(job.calls)));
			log.info("Metrics: rrddata of {} {} ({} {}): {}; history from the poll only, asked again after {}",
					entity.ref(), refused ? "not available" : "failed", ex.status(), ex.kind(), ex.getMessage(), until);
			return false;
		}
		catch (IllegalArgumentException ex) {
			log.info("Metrics: no rrddata for {}: {}", entity.ref(), ex.getMessage());
			return false;
		}
	}

	private void enqueue(Job job) {
		this.queue.add(job);
		this.queued.put(job.entity.id(), job);
	}

	private void finish(Job job) {
		job.calls.clear();
		this.queue.remove(job);
		this.queued.remove(job.entity.id());
	}

}
