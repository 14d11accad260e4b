package dev.pvedash.metrics;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.pvedash.proxmox.RrdCf;
import dev.pvedash.proxmox.RrdTimeframe;

/**
 * Pure: which rrddata requests fill a silence of an entity. Only the timeframes that
 * reach back to the last sample (all of them at first sight), finest first so the finer
 * data wins; AVERAGE first, then MAX for the coarse tiers (a frame whose points are a
 * minute apart needs no MAX: its max is its average).
 */
final class BackfillPlan {

	/** One rrddata request. */
	record Call(RrdTimeframe frame, RrdCf cf) {
	}

	private BackfillPlan() {
	}

	/**
	 * @param since last stored sample (epoch seconds), null at first sight
	 */
	static List<Call> calls(@Nullable Long since, long now) {
		long gap = (since == null) ? Long.MAX_VALUE : now - since;
		List<RrdTimeframe> frames = new ArrayList<>();
		frames.add(RrdTimeframe.HOUR);
		if (gap > 50 * 60) {
			frames.add(RrdTimeframe.DAY);
		}
		if (gap > 20 * 3_600) {
			frames.add(RrdTimeframe.WEEK);
		}
		if (gap > 6 * 86_400) {
			frames.add(RrdTimeframe.MONTH);
		}
		if (gap > 28 * 86_400) {
			frames.add(RrdTimeframe.YEAR);
		}
		List<Call> calls = new ArrayList<>();
		frames.forEach((frame) -> calls.add(new Call(frame, RrdCf.AVERAGE)));
		frames.stream()
			.filter((frame) -> frame != RrdTimeframe.HOUR)
			.forEach((frame) -> calls.add(new Call(frame, RrdCf.MAX)));
		return calls;
	}

}
