package dev.pvedash.guests;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.FragmentsRendering;

import dev.pvedash.inventory.GuestDetail;
import dev.pvedash.inventory.GuestView;
import dev.pvedash.inventory.Inventory;
import dev.pvedash.inventory.PageViewed;
import dev.pvedash.system.Pager;
import dev.pvedash.system.UserFacingException;

/**
 * {@code /guests} (table, or its live rows fragment) and {@code /guests/{vmid}} (one
 * guest).
 */
@Controller
class GuestController {

	private static final int TASKS = 10;

	private final Inventory inventory;

	private final ActionRepository actions;

	private final Clock clock;

	private final List<GuestPanel> panels;

	private final ActionGate gate;

	private final ApplicationEventPublisher events;

	private final int pageSize;

	private final GuestTable rows;

	GuestController(Inventory inventory, ActionRepository actions, ActionGate gate, Clock clock,
			List<GuestPanel> panels, ApplicationEventPublisher events, GuestsProperties properties, GuestTable rows) {
		this.inventory = inventory;
		this.rows = rows;
		this.pageSize = properties.pageSize();
		this.events = events;
		this.actions = actions;
		this.gate = gate;
		this.clock = clock;
		this.panels = panels.stream().sorted(Comparator.comparingInt(GuestPanel::order)).toList();
	}

	@GetMapping("/guests")
	String list(@ModelAttribute("query") GuestQuery query, HtmxRequest htmx, Locale locale, Model model) {
		this.events.publishEvent(new PageViewed());
		List<GuestView> all = this.inventory.guests();
		model.addAttribute("endpoint", this.inventory.endpoint());
		List<GuestView> matches = query.apply(all);
		Pager page = Pager.of(matches.size(), query.pageNumber(), this.pageSize);
		model.addAttribute("page", page);
		model.addAttribute("rows", this.rows.of(page.slice(matches), locale));
		model.addAttribute("total", all.size());
		model.addAttribute("tags", new TreeSet<>(all.stream().flatMap(g -> g.tags().stream()).toList()));
		return htmx.isHtmxRequest() ? "guests/list :: rows" : "guests/list";
	}

	/**
	 * The page, or for its live refresh the state block plus the action buttons: the
	 * buttons sit outside the block but follow the same state (hx-select-oob), so a
	 * stopped guest offers Start without a reload.
	 */
	@GetMapping("/guests/{vmid}")
	Object detail(@PathVariable("vmid") Vmid id, HtmxRequest htmx, Model model) {
		int vmid = id.value();
		this.events.publishEvent(new PageViewed());
		model.addAttribute("endpoint", this.inventory.endpoint());
		GuestDetail detail = this.inventory.guest(vmid)
			.orElseThrow(() -> new UserFacingException(HttpStatus.NOT_FOUND, "guests.error.notFound"));
		model.addAttribute("detail", detail);
		model.addAttribute("tasks", RecentTasks.merge(this.inventory.recentTasks(vmid, TASKS),
				this.actions.recentTasks(vmid, TASKS), TASKS));
		model.addAttribute("actions",
				AllowedActions.of(detail.guest()).stream().sorted().map(GuestAction::word).toList());
		model.addAttribute("confirmed",
				Arrays.stream(GuestAction.values())
					.filter(a -> a.power() && a.needsConfirmation())
					.map(GuestAction::word)
					.toList());
		// panels (snapshots, backups) read it too, to disable their buttons (see
		// GuestPanel)
		model.addAttribute("actionsClosed", this.gate.closed(detail.guest()).orElse(null));
		this.actions.inFlight(vmid).ifPresent(task -> TaskViews.fill(task, this.clock.instant(), model));
		if (htmx.isHtmxRequest()) {
			return FragmentsRendering.fragment("guests/detail :: live").fragment("guests/detail :: buttons").build();
		}
		this.panels.forEach(panel -> panel.fill(vmid, model));
		model.addAttribute("panels", this.panels);
		return "guests/detail";
	}

}
