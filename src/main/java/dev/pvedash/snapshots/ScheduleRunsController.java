package dev.pvedash.snapshots;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /snapshots/schedules/{id}}: a schedule's runs, newest first, paged, with "Run
 * now". ADMIN only.
 */
@Controller
@RequestMapping("/snapshots/schedules/{id}")
class ScheduleRunsController {

	static final int PAGE_SIZE = 20;

	private final Schedules schedules;

	private final ScheduleRunRepository runs;

	ScheduleRunsController(Schedules schedules, ScheduleRunRepository runs) {
		this.schedules = schedules;
		this.runs = runs;
	}

	@GetMapping
	String runs(@PathVariable long id, @RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model) {
		model.addAttribute("schedule", this.schedules.find(id));
		int current = Math.max(0, page);
		List<ScheduleRun> rows = this.runs.page(id, current, PAGE_SIZE);
		Map<ScheduleRun, List<ScheduledGuest>> shown = new LinkedHashMap<>();
		rows.stream().limit(PAGE_SIZE).forEach(run -> shown.put(run, this.runs.guests(run.id())));
		model.addAttribute("runs", shown);
		model.addAttribute("page", current);
		model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
		model.addAttribute("zone", ScheduleViews.zone());
		return htmx.isHtmxRequest() ? "snapshots/schedule-runs :: runs" : "snapshots/schedule-runs";
	}

	@PostMapping("/run")
	String runNow(@PathVariable long id, Authentication auth, HttpServletRequest request, RedirectAttributes redirect) {
		this.schedules.runNow(id, auth.getName(), request.getRemoteAddr());
		redirect.addFlashAttribute("success", "schedules.run.started");
		return "redirect:/snapshots/schedules/" + id;
	}

}
