package dev.pvedash.guests;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import dev.pvedash.polling.GuestDetail;
import dev.pvedash.polling.GuestView;
import dev.pvedash.polling.Inventory;
import dev.pvedash.system.UserFacingException;

/** {@code /guests} (table, or its live rows fragment) and {@code /guests/{vmid}} (one guest). */
@Controller
class GuestController {

	private final Inventory inventory;

	private final ActionRepository actions;

	private final Clock clock;

	private final List<GuestPanel> panels;

	GuestController(Inventory inventory, ActionRepository actions, Clock clock, List<GuestPanel> panels) {
		this.inventory = inventory;
		this.actions = actions;
		this.clock = clock;
		this.panels = panels.stream().sorted(Comparator.comparingInt(GuestPanel::order)).toList();
	}

	@GetMapping("/guests")
	String list(@ModelAttribute("query") GuestQuery query, HtmxRequest htmx, Model model) {
		this.inventory.pageViewed();
		List<GuestView> all = this.inventory.guests();
		model.addAttribute("endpoint", this.inventory.endpoint());
		model.addAttribute("guests", query.apply(all));
		model.addAttribute("total", all.size());
		model.addAttribute("tags", new TreeSet<>(all.stream().flatMap(g -> g.tags().stream()).toList()));
		return htmx.isHtmxRequest() ? "guests/list :: rows" : "guests/list";
	}

	@GetMapping("/guests/{vmid}")
	String detail(@PathVariable int vmid, HtmxRequest htmx, Model model) {
		this.inventory.pageViewed();
		model.addAttribute("endpoint", this.inventory.endpoint());
		GuestDetail detail = this.inventory.guest(vmid)
			.orElseThrow(() -> new UserFacingException(HttpStatus.NOT_FOUND, "guests.error.notFound"));
		model.addAttribute("detail", detail);
		model.addAttribute("tasks", this.inventory.recentTasks(vmid, 10));
		model.addAttribute("actions", AllowedActions.of(detail.guest()).stream().sorted().map(GuestAction::word).toList());
		model.addAttribute("confirmed", Arrays.stream(GuestAction.values()).filter(a -> a.power() && a.needsConfirmation())
			.map(GuestAction::word).toList());
		this.actions.inFlight(vmid).ifPresent(task -> TaskViews.fill(task, this.clock.instant(), model));
		if (htmx.isHtmxRequest()) {
			return "guests/detail :: live";
		}
		this.panels.forEach(panel -> panel.fill(vmid, model));
		model.addAttribute("panels", this.panels);
		return "guests/detail";
	}

}
