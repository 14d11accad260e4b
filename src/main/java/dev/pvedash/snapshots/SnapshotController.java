package dev.pvedash.snapshots;

import java.util.TreeSet;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.pvedash.inventory.Inventory;
import dev.pvedash.inventory.PageViewed;

/**
 * {@code /snapshots}: the timeline across all guests, or its rows fragment for htmx
 * filters.
 */
@Controller
class SnapshotController {

	private final Timeline timeline;

	private final SnapshotRisks risks;

	private final Inventory inventory;

	private final ApplicationEventPublisher events;

	SnapshotController(Timeline timeline, SnapshotRisks risks, Inventory inventory, ApplicationEventPublisher events) {
		this.timeline = timeline;
		this.risks = risks;
		this.inventory = inventory;
		this.events = events;
	}

	@GetMapping("/snapshots")
	String show(@ModelAttribute("query") TimelineQuery query, HtmxRequest htmx, Model model) {
		this.events.publishEvent(new PageViewed());
		var guests = this.inventory.guests();
		model.addAttribute("timeline", this.timeline.page(query));
		model.addAttribute("warnings", this.risks.current());
		model.addAttribute("tags", new TreeSet<>(guests.stream().flatMap(g -> g.tags().stream()).toList()));
		model.addAttribute("madeByValues", MadeBy.values());
		return htmx.isHtmxRequest() ? "snapshots/list :: rows" : "snapshots/list";
	}

}
