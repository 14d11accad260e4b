package dev.pvedash.metrics;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.pvedash.proxmox.ProxmoxException;
import dev.pvedash.proxmox.RrdCf;
import dev.pvedash.proxmox.RrdTimeframe;

/**
 * Fills history from PVE's rrddata in the background (docs/metrics.md): at first sight of
 * an entity and after a silence, plus every {@code nodeRefresh} a node's last hour for
 * what its status lacks (network rates, pressure). Nodes first, then storages, then
 * guests; at most {@code backfillCalls} requests every {@code backfillTick}, on the
 * scheduler's thread, never the poller's. A 403 or 501 parks the entity for
 * {@code retryRefused} with a note in the log; other failures for {@code retryFailed}.
 */
@Component
class Backfill {

	private static final Logger log = LoggerFactory.getLogger(Backfill.class);

	private final RrdFill fill;

	private final MetricsProperties properties;

	private final Clock clock;

	// nodes first (the overview), then storages (the forecast), then guests; oldest
	// request first
	private final PriorityQueue<BackfillJob> queue = new PriorityQueue<>(Comparator
		.<BackfillJob>comparingInt((job) -> List.of(Kind.NODE, Kind.STORAGE, Kind.GUEST).indexOf(job.entity.kind()))
		.thenComparingLong((job) -> job.seq));

	private final Map<Integer, BackfillJob> queued = new HashMap<>();

	private final Parking parking = new Parking();

	private final Map<Integer, Instant> refreshed = new HashMap<>();

	// what the poller's thread asks for: taken over by the scheduler's thread, so the
	// poller never waits for
	// a backfill run that is busy talking to PVE
	private final Queue<Runnable> inbox = new ConcurrentLinkedQueue<>();

	private long seq;

	private @Nullable Instant lastRun;

	Backfill(RrdFill fill, MetricsProperties properties, Clock clock) {
		this.fill = fill;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelay = 1000, initialDelay = 1000)
	void tick() {
		runIfDue();
	}

	/**
	 * Queues the requests that fill the silence since {@code since} (null: first sight).
	 * Never waits.
	 */
	void request(Entity entity, @Nullable Long since, long now) {
		this.inbox.add(() -> queue(entity, since, now));
	}

	/**
	 * A node's last hour again, now and then: its network rates and pressure exist only
	 * in rrddata.
	 */
	void refresh(Entity node, long now) {
		this.inbox.add(() -> queueRefresh(node, now));
	}

	private void queue(Entity entity, @Nullable Long since, long now) {
		BackfillJob before = this.queued.get(entity.id());
		if (before != null) {
			if (before.since == null || (since != null && before.since <= since)) {
				return;
			}
			this.queue.remove(before);
		}
		if (this.parking.parked(entity.id(), Instant.ofEpochSecond(now))) {
			return;
		}
		enqueue(new BackfillJob(entity, this.seq++, since, BackfillPlan.calls(since, now)));
		this.refreshed.put(entity.id(), Instant.ofEpochSecond(now));
	}

	private void queueRefresh(Entity node, long now) {
		Instant last = this.refreshed.get(node.id());
		Instant at = Instant.ofEpochSecond(now);
		boolean recent = last != null && at.isBefore(last.plus(this.properties.nodeRefresh()));
		if (this.queued.containsKey(node.id()) || recent) {
			return;
		}
		if (this.parking.parked(node.id(), at)) {
			return;
		}
		this.refreshed.put(node.id(), at);
		enqueue(new BackfillJob(node, this.seq++, now - 3_600,
				List.of(new BackfillPlan.Call(RrdTimeframe.HOUR, RrdCf.AVERAGE))));
	}

	synchronized void runIfDue() {
		Instant now = this.clock.instant();
		takeInbox();
		this.parking.due(now)
			.stream()
			.filter((job) -> !this.queued.containsKey(job.entity.id()))
			.forEach(this::enqueue);
		boolean due = this.lastRun == null || !now.isBefore(this.lastRun.plus(this.properties.backfillTick()));
		if (!this.queue.isEmpty() && due) {
			this.lastRun = now;
			run(now);
		}
	}

	/** Sends at most {@code backfillCalls} requests; returns how many it sent. */
	synchronized int run(Instant now) {
		takeInbox();
		int sent = 0;
		while (sent < this.properties.backfillCalls() && !this.queue.isEmpty()) {
			BackfillJob job = this.queue.peek();
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
		takeInbox();
		return this.queue.isEmpty();
	}

	private void takeInbox() {
		for (Runnable request = this.inbox.poll(); request != null; request = this.inbox.poll()) {
			request.run();
		}
	}

	private boolean fetch(BackfillJob job, BackfillPlan.Call call, Instant now) {
		Entity entity = job.entity;
		try {
			if (this.fill.fill(entity, call, now)) {
				job.minuteFrames.add(call.frame());
			}
			return true;
		}
		catch (ProxmoxException ex) {
			boolean refused = ex.status() == 501 || ex.status() == 403 || ex.kind() == ProxmoxException.Kind.PERMISSION;
			Instant until = now.plus(refused ? this.properties.retryRefused() : this.properties.retryFailed());
			job.calls.addFirst(call);
			this.parking.park(new BackfillJob(entity, this.seq++, job.since, List.copyOf(job.calls)), until);
			log.info("Metrics: rrddata of {} {} ({} {}): {}; history from the poll only, asked again after {}",
					entity.ref(), refused ? "not available" : "failed", ex.status(), ex.kind(), ex.getMessage(), until);
			return false;
		}
		catch (IllegalArgumentException ex) {
			log.info("Metrics: no rrddata for {}: {}", entity.ref(), ex.getMessage());
			return false;
		}
	}

	private void enqueue(BackfillJob job) {
		this.queue.add(job);
		this.queued.put(job.entity.id(), job);
	}

	private void finish(BackfillJob job) {
		job.calls.clear();
		this.queue.remove(job);
		this.queued.remove(job.entity.id());
	}

}
