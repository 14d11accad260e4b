package dev.pvedash.metrics;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.pvedash.proxmox.RrdTimeframe;

/**
 * The rrddata requests still to send for one entity; only the backfill's thread touches
 * it.
 */
final class BackfillJob {

	final Entity entity;

	final long seq;

	final Deque<BackfillPlan.Call> calls;

	// frames whose points came a minute apart: their MAX would repeat the AVERAGE
	final Set<RrdTimeframe> minuteFrames = new HashSet<>();

	final @Nullable Long since;

	BackfillJob(Entity entity, long seq, @Nullable Long since, List<BackfillPlan.Call> calls) {
		this.entity = entity;
		this.seq = seq;
		this.since = since;
		this.calls = new ArrayDeque<>(calls);
	}

}
