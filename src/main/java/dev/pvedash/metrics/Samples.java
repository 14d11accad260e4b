package dev.pvedash.metrics;

import org.jspecify.annotations.Nullable;

import dev.pvedash.proxmox.GuestResource;
import dev.pvedash.proxmox.GuestState;
import dev.pvedash.proxmox.NodeResource;
import dev.pvedash.proxmox.NodeStatus;
import dev.pvedash.proxmox.StorageResource;

/**
 * Pure: one poll cycle's figures of one entity as values in {@link Kind#fields()} order.
 * A node's status has no network counters and no pressure figures; those stay null here
 * and come from rrddata (see {@link Backfill}). A stopped guest is a gap except for its
 * configured memory.
 */
final class Samples {

	/** A guest's counters at one sample, for the rate of the next. */
	record Counters(long at, @Nullable Long netin, @Nullable Long netout, @Nullable Long diskread,
			@Nullable Long diskwrite) {

		static Counters of(GuestResource guest, long at) {
			return new Counters(at, guest.netin(), guest.netout(), guest.diskread(), guest.diskwrite());
		}

	}

	private Samples() {
	}

	static Double[] node(NodeResource resource, @Nullable NodeStatus status) {
		Double[] values = new Double[Kind.NODE.fields().size()];
		if (status != null) {
			values[0] = status.cpu();
			values[1] = number(status.memory().used());
			values[2] = number(status.memory().total());
			values[3] = number(status.swap().used());
			values[4] = number(status.swap().total());
			values[5] = status.loadavg().isEmpty() ? null : status.loadavg().get(0);
			values[6] = status.iowait();
		}
		else {
			values[0] = resource.cpu();
			values[1] = number(resource.mem());
			values[2] = number(resource.maxmem());
		}
		return values;
	}

	/** {@code before} is the guest's previous sample (null at first sight). */
	static Double[] guest(GuestResource guest, @Nullable Counters before, long at, long maxGap) {
		Double[] values = new Double[Kind.GUEST.fields().size()];
		values[2] = number(guest.maxmem());
		if (guest.state() == GuestState.STOPPED || guest.state() == GuestState.SUSPENDED_TO_DISK || guest.template()) {
			return values;
		}
		values[0] = guest.cpu();
		values[1] = number(guest.mem());
		values[3] = number(guest.memhost());
		if (before != null) {
			values[4] = Rates.perSecond(before.netin(), before.at(), guest.netin(), at, maxGap);
			values[5] = Rates.perSecond(before.netout(), before.at(), guest.netout(), at, maxGap);
			values[6] = Rates.perSecond(before.diskread(), before.at(), guest.diskread(), at, maxGap);
			values[7] = Rates.perSecond(before.diskwrite(), before.at(), guest.diskwrite(), at, maxGap);
		}
		return values;
	}

	/** Null when PVE has no sizes for it (inactive, unreachable). */
	static Double @Nullable [] storage(StorageResource storage) {
		if (storage.disk() == null || storage.maxdisk() == null || storage.maxdisk() <= 0) {
			return null;
		}
		return new Double[] { (double) storage.disk(), (double) storage.maxdisk() };
	}

	private static @Nullable Double number(@Nullable Long value) {
		return (value != null) ? value.doubleValue() : null;
	}

}
