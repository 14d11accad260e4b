package dev.pvedash.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.pvedash.inventory.CyclePolled;
import dev.pvedash.proxmox.GuestResource;
import dev.pvedash.proxmox.NodeResource;
import dev.pvedash.proxmox.StorageResource;

/**
 * Stores what each poll cycle read (no request of its own) into the minute tier, and
 * tells the backfill about entities seen for the first time or after a silence. Runs on
 * the poller's thread after its commit; a failure here is logged and never fails the
 * poll.
 */
@Component
class Sampler {

	private static final Logger log = LoggerFactory.getLogger(Sampler.class);

	private final MetricStore store;

	private final Backfill backfill;

	private final MetricsProperties properties;

	private final MinuteAverages minutes = new MinuteAverages();

	private final Map<Integer, Samples.Counters> counters = new HashMap<>();

	// last sample per entity, seeded from H2 at the first cycle after start: a longer
	// silence is backfilled
	private Map<Integer, Long> lastSample;

	Sampler(MetricStore store, Backfill backfill, MetricsProperties properties) {
		this.store = store;
		this.backfill = backfill;
		this.properties = properties;
	}

	@EventListener
	void on(CyclePolled cycle) {
		if (!this.properties.enabled()) {
			return;
		}
		try {
			record(cycle);
		}
		catch (RuntimeException ex) {
			log.warn("Metrics: storing the samples of the poll cycle at {} failed", cycle.at(), ex);
		}
	}

	synchronized void record(CyclePolled cycle) {
		long at = cycle.at().getEpochSecond();
		if (this.lastSample == null) {
			long since = at - this.properties.keepMinutes().toSeconds();
			this.lastSample = new HashMap<>();
			for (Kind kind : Kind.values()) {
				this.lastSample.putAll(this.store.newest(kind, Tier.MINUTE, since));
			}
		}
		Map<Integer, List<Row>> nodes = new HashMap<>();
		for (NodeResource node : cycle.resources().nodes()) {
			if (node.online() && !cycle.unreachable().contains(node.node())) {
				Entity entity = this.store.entity(Kind.NODE, Entity.nodeRef(node.node()), node.node(), null, null,
						null);
				nodes.put(entity.id(),
						List.of(sample(entity, at, Samples.node(node, cycle.nodeStatus().get(node.node())))));
				this.backfill.refresh(entity, at);
			}
		}
		Map<Integer, List<Row>> guests = new HashMap<>();
		for (GuestResource guest : cycle.resources().guests()) {
			Entity entity = this.store.entity(Kind.GUEST, Entity.guestRef(guest.vmid()), guest.node(),
					guest.type().wire(), guest.vmid(), null);
			Double[] values = Samples.guest(guest, this.counters.get(entity.id()), at,
					this.properties.gap().toSeconds());
			this.counters.put(entity.id(), Samples.Counters.of(guest, at));
			guests.put(entity.id(), List.of(sample(entity, at, values)));
		}
		Map<Integer, List<Row>> storages = new HashMap<>();
		for (StorageResource storage : cycle.resources().storages()) {
			Double[] values = Samples.storage(storage);
			if (values != null) {
				Entity entity = this.store.entity(Kind.STORAGE, Entity.storageRef(storage.node(), storage.storage()),
						storage.node(), null, null, storage.storage());
				storages.put(entity.id(), List.of(sample(entity, at, values)));
			}
		}
		this.store.write(Kind.NODE, Tier.MINUTE, nodes, true);
		this.store.write(Kind.GUEST, Tier.MINUTE, guests, true);
		this.store.write(Kind.STORAGE, Tier.MINUTE, storages, true);
	}

	private Row sample(Entity entity, long at, Double[] values) {
		Long last = this.lastSample.get(entity.id());
		if (last == null || at - last > this.properties.gap().toSeconds()) {
			this.backfill.request(entity, last, at);
		}
		this.lastSample.put(entity.id(), at);
		return this.minutes.add(entity.id(), at, values);
	}

}
