package dev.pvedash.hosts;

import java.util.List;
import java.util.Map;

import dev.pvedash.metrics.ChartBlock;
import dev.pvedash.metrics.StorageOutlook;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.HostView;
import dev.pvedash.inventory.StorageView;

/**
 * One node as the overview shows it. {@code committed} is the memory promised to guests
 * that run or start on boot, against the host's RAM: above 100 % starting everything at
 * once would overcommit. {@code charts} and {@code outlooks} (per storage name: chart and
 * fill forecast) come from the metrics module.
 */
public record HostCard(HostView host, List<StorageView> storages, long running, long stopped, long paused,
		long templates, List<GuestView> topCpu, List<GuestView> topMemory, Long committed, ChartBlock charts,
		Map<String, StorageOutlook> outlooks) {

	public Integer committedShare() {
		Long total = this.host.memTotal();
		return (this.committed == null || total == null || total <= 0) ? null
				: (int) Math.round(this.committed * 100.0 / total);
	}

}
