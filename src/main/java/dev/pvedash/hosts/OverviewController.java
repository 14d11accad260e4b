package dev.pvedash.hosts;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.pvedash.backups.Protection;
import dev.pvedash.metrics.Charts;
import dev.pvedash.inventory.Inventory;
import dev.pvedash.inventory.PageViewed;
import dev.pvedash.snapshots.ScheduleHealth;
import dev.pvedash.snapshots.SnapshotRisks;

/**
 * {@code /}: the risk headlines and host overview, or its live {@code summary} fragment
 * for htmx polling.
 */
@Controller
class OverviewController {

	private final Inventory inventory;

	private final Overview overview;

	private final RiskHeadlines risks;

	private final ApplicationEventPublisher events;

	OverviewController(Inventory inventory, ScheduleHealth schedules, Protection protection, SnapshotRisks snapshots,
			Charts charts, ApplicationEventPublisher events) {
		this.inventory = inventory;
		this.events = events;
		this.overview = new Overview(inventory, charts);
		this.risks = new RiskHeadlines(schedules, protection, snapshots);
	}

	@GetMapping("/")
	String show(HtmxRequest htmx, Model model) {
		this.events.publishEvent(new PageViewed());
		model.addAttribute("endpoint", this.inventory.endpoint());
		model.addAttribute("cards", this.overview.cards());
		model.addAttribute("risks", this.risks.current());
		return htmx.isHtmxRequest() ? "hosts/overview :: summary" : "hosts/overview";
	}

}
