package dev.pvedash.inventory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.pvedash.proxmox.GuestStatus;
import dev.pvedash.proxmox.ProxmoxClient;
import dev.pvedash.proxmox.ProxmoxConnection;
import dev.pvedash.proxmox.ProxmoxException;

/**
 * The one polling loop. A 1 s tick ({@link CycleTimer}, which also measures the cycle)
 * asks {@link PollInterval} whether a cycle is due, so the delay can adapt (active, idle,
 * back-off) and tests can call {@link #cycle()} with their own clock. All PVE reads
 * happen before the write; each cycle's results are stored in one transaction.
 */
@Component
class Poller {

	private static final Logger log = LoggerFactory.getLogger(Poller.class);

	private final ProxmoxClient client;

	private final ProxmoxConnection connection;

	private final InventoryReader reader;

	private final InventoryWriter writer;

	private final TransactionTemplate transaction;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final PollingProperties properties;

	private final PollInterval interval;

	private final PveReader pve;

	/**
	 * The failure kind of the last cycle, null after a good one (in memory: a restart
	 * reports once again).
	 */
	private @Nullable String lastErrorKind;

	private final ApplicationEventPublisher events;

	Poller(ProxmoxClient client, ProxmoxConnection connection, InventoryReader reader, InventoryWriter writer,
			PlatformTransactionManager transactions, Clock clock, PollingProperties properties,
			ApplicationEventPublisher events) {
		this.events = events;
		this.client = client;
		this.connection = connection;
		this.reader = reader;
		this.writer = writer;
		this.transaction = new TransactionTemplate(transactions);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.properties = properties;
		this.interval = new PollInterval(properties);
		this.pve = new PveReader(client, properties);
	}

	boolean due() {
		return this.properties.enabled() && this.connection.configured() && this.interval.due(this.clock.instant());
	}

	void pollIfDue() {
		if (due()) {
			cycle();
		}
	}

	/**
	 * One read of PVE and one write of H2; a failing endpoint records its error and keeps
	 * the stored data.
	 */
	synchronized CycleOutcome cycle() {
		Instant now = this.clock.instant();
		try {
			CycleRead read = this.pve.read(now, this.reader.storedGuests(), this.reader.oldestRunningTask(),
					this.reader.lastSweep());
			this.interval.attempted(now, true);
			Duration next = this.interval.current(now);
			long readDone = System.nanoTime();
			this.transaction.executeWithoutResult((status) -> this.writer.save(read, now, next));
			log.debug("Polling cycle: write took {} ms", (System.nanoTime() - readDone) / 1_000_000);
			// after the commit, outside the transaction: listeners (metrics history)
			// never hold the poller's write
			this.events.publishEvent(new CyclePolled(now, read.resources(), read.nodeStatus(), read.unreachable()));
			changed(now, null, null);
			return CycleOutcome.OK;
		}
		catch (ProxmoxException ex) {
			this.interval.attempted(now, false);
			Duration next = this.interval.current(now);
			log.warn("Polling Proxmox VE failed ({}): {}; next try in {}", ex.kind(), ex.getMessage(), next);
			this.transaction
				.executeWithoutResult((status) -> this.writer.failed(now, next, ex.kind().name(), ex.getMessage()));
			changed(now, ex.kind().name(), ex.getMessage());
			return CycleOutcome.PVE_FAILED;
		}
		catch (RuntimeException ex) {
			// e.g. the database refused the write (docs/security.md F14): back off
			// instead of retrying every tick
			this.interval.attempted(now, false);
			log.error("Polling cycle failed; next try in {}", this.interval.current(now), ex);
			return CycleOutcome.FAILED;
		}
	}

	/**
	 * Keeps the fast interval while someone looks; the first view after an idle period
	 * asks for a cycle on the next tick, so the viewer sees "refreshing…" and then fresh
	 * data, never a false "stale" (docs/polling.md, "Staleness").
	 */
	void pageViewed() {
		Instant now = this.clock.instant();
		Duration before = this.interval.current(now);
		boolean afterIdle = this.interval.pageViewed(now);
		if (afterIdle && this.properties.enabled() && this.connection.configured()) {
			this.interval.requestNow();
		}
		Duration after = this.interval.current(now);
		if (!after.equals(before)) {
			try {
				this.writer.interval(after);
			}
			catch (DataAccessException ex) {
				// the stored interval only tells pages what freshness to expect: a page
				// must still render while the
				// database refuses writes (docs/security.md, F14)
				log.warn("Could not store the poll interval after a page view: {}", ex.getMessage());
			}
		}
	}

	/**
	 * One event per change of the failure's kind, so a revoked token is audited once, not
	 * every cycle.
	 */
	private void changed(Instant now, @Nullable String kind, @Nullable String message) {
		String previous = this.lastErrorKind;
		if (!Objects.equals(previous, kind)) {
			this.lastErrorKind = kind;
			this.events.publishEvent(new EndpointChanged(now, kind, message, previous));
		}
	}

	/** A cycle was asked for by a page view and has not been attempted yet. */
	boolean refreshing() {
		return this.interval.refreshRequested();
	}

	/**
	 * Two active intervals, whatever the current interval: "stale" shows on time even
	 * while backing off.
	 */
	Duration staleAfter() {
		return this.properties.activeInterval().multipliedBy(2);
	}

	/**
	 * One {@code status/current} call for a guest the poller already knows; unknown vmids
	 * are ignored.
	 */
	void refreshGuest(int vmid) {
		this.reader.guests().stream().filter((g) -> g.vmid() == vmid).findFirst().ifPresent((guest) -> {
			GuestStatus status = this.client.guestStatus(guest.node(), guest.type(), vmid);
			// a transaction of its own: this runs after another transaction committed
			// (PollerSignals), where a plain write would join the finished one and be
			// committed only when its connection is released
			this.ownTransaction.executeWithoutResult((tx) -> this.writer.guestStatus(vmid, status.state(), status.cpu(),
					status.mem(), status.uptime(), status.lock(), this.clock.instant()));
		});
	}

	Duration currentInterval() {
		return this.interval.current(this.clock.instant());
	}

}
