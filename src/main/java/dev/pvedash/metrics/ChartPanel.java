package dev.pvedash.metrics;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import dev.pvedash.guests.GuestPanel;

/**
 * The guest page's charts, before snapshots (10) and backups (20): how the guest copes
 * comes first.
 */
@Component
class ChartPanel implements GuestPanel {

	private final Charts charts;

	ChartPanel(Charts charts) {
		this.charts = charts;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public String template() {
		return "metrics/charts";
	}

	@Override
	public String fragment() {
		return "guest";
	}

	@Override
	public void fill(int vmid, Model model) {
		model.addAttribute("guestCharts", this.charts.guest(vmid));
	}

}
