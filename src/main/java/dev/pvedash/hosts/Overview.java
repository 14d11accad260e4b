package dev.pvedash.hosts;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.pvedash.metrics.Charts;
import dev.pvedash.metrics.StorageOutlook;
import dev.pvedash.inventory.GuestDetail;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.HostView;
import dev.pvedash.inventory.Inventory;
import dev.pvedash.inventory.StorageView;

/** Builds the overview's cards from what the poller stored; no call here reaches PVE. */
class Overview {

	static final int TOP = 3;

	private final Inventory inventory;

	private final Charts charts;

	Overview(Inventory inventory, Charts charts) {
		this.inventory = inventory;
		this.charts = charts;
	}

	List<HostCard> cards() {
		List<GuestDetail> details = this.inventory.guestDetails();
		List<StorageView> storages = this.inventory.storages();
		return this.inventory.hosts().stream().map(host -> card(host, details, storages)).toList();
	}

	private HostCard card(HostView host, List<GuestDetail> all, List<StorageView> storages) {
		List<GuestDetail> details = all.stream().filter(d -> host.node().equals(d.guest().node())).toList();
		List<GuestView> guests = details.stream().map(GuestDetail::guest).toList();
		List<GuestView> live = guests.stream().filter(g -> !g.template()).toList();
		long running = live.stream().filter(GuestView::running).count();
		long paused = live.stream().filter(GuestView::paused).count();
		List<StorageView> own = storages.stream().filter(s -> host.node().equals(s.node())).toList();
		Map<String, StorageOutlook> outlooks = new LinkedHashMap<>();
		own.forEach(s -> outlooks.put(s.storage(), this.charts.storage(host.node(), s.storage())));
		return new HostCard(host, own, running, live.size() - running - paused, paused, guests.size() - live.size(),
				top(live, GuestView::cpu), topMemory(live), committed(details), this.charts.node(host.node()),
				outlooks);
	}

	private static List<GuestView> top(List<GuestView> guests, java.util.function.Function<GuestView, Double> figure) {
		return guests.stream()
			.filter(g -> g.running() && figure.apply(g) != null)
			.sorted(Comparator.comparing(figure).reversed())
			.limit(TOP)
			.toList();
	}

	private static List<GuestView> topMemory(List<GuestView> guests) {
		return guests.stream()
			.filter(g -> g.running() && g.mem() != null)
			.sorted(Comparator.comparing(GuestView::mem).reversed())
			.limit(TOP)
			.toList();
	}

	/**
	 * Max memory of running guests plus stopped ones that start on boot; null when a
	 * figure is unknown.
	 */
	private static Long committed(List<GuestDetail> details) {
		long sum = 0;
		for (GuestDetail detail : details) {
			GuestView guest = detail.guest();
			if (!guest.template() && (guest.running() || detail.onboot())) {
				if (guest.maxmem() == null) {
					return null;
				}
				sum += guest.maxmem();
			}
		}
		return sum;
	}

}
