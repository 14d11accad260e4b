package dev.pvedash.snapshots;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.pvedash.inventory.Inventory;

/**
 * {@code /snapshots/schedules}: the list, the create and edit form, delete, enable and
 * disable. ADMIN only.
 */
@Controller
@RequestMapping("/snapshots/schedules")
class ScheduleController {

	private final Schedules schedules;

	private final ScheduleViews views;

	private final ScheduleHealth health;

	private final Inventory inventory;

	private final Clock clock;

	ScheduleController(Schedules schedules, ScheduleViews views, ScheduleHealth health, Inventory inventory,
			Clock clock) {
		this.schedules = schedules;
		this.views = views;
		this.health = health;
		this.inventory = inventory;
		this.clock = clock;
	}

	@GetMapping
	String list(HtmxRequest htmx, Model model) {
		model.addAttribute("rows", this.views.rows());
		model.addAttribute("overdue", this.health.overdue());
		model.addAttribute("zone", ScheduleViews.zone());
		return htmx.isHtmxRequest() ? "snapshots/schedules :: rows" : "snapshots/schedules";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(ScheduleForm.empty(), null, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		return form(ScheduleForm.of(this.schedules.find(id)), id, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute ScheduleForm scheduleForm, BindingResult result, Authentication auth,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (!checked(scheduleForm, null, result)) {
			return form(scheduleForm, null, model);
		}
		this.schedules.create(scheduleForm, auth.getName(), request.getRemoteAddr());
		redirect.addFlashAttribute("success", "schedules.created");
		return "redirect:/snapshots/schedules";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute ScheduleForm scheduleForm, BindingResult result,
			Authentication auth, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		this.schedules.find(id);
		if (!checked(scheduleForm, id, result)) {
			return form(scheduleForm, id, model);
		}
		this.schedules.update(id, scheduleForm, auth.getName(), request.getRemoteAddr());
		redirect.addFlashAttribute("success", "schedules.updated");
		return "redirect:/snapshots/schedules";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, Authentication auth, HttpServletRequest request, RedirectAttributes redirect) {
		this.schedules.delete(id, auth.getName(), request.getRemoteAddr());
		redirect.addFlashAttribute("success", "schedules.deleted");
		return "redirect:/snapshots/schedules";
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, Authentication auth, HttpServletRequest request, RedirectAttributes redirect) {
		this.schedules.enable(id, true, auth.getName(), request.getRemoteAddr());
		redirect.addFlashAttribute("success", "schedules.enabled");
		return "redirect:/snapshots/schedules";
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, Authentication auth, HttpServletRequest request,
			RedirectAttributes redirect) {
		this.schedules.enable(id, false, auth.getName(), request.getRemoteAddr());
		redirect.addFlashAttribute("success", "schedules.disabled");
		return "redirect:/snapshots/schedules";
	}

	private boolean checked(ScheduleForm form, Long id, BindingResult result) {
		ScheduleFormCheck.check(form, this.clock.instant(), ZoneId.systemDefault(), result);
		String clash = result.hasFieldErrors("name") ? null : this.schedules.clash(form, id);
		if (clash != null) {
			result.rejectValue(clash.contains("prefix") ? "prefix" : "name", clash);
		}
		return !result.hasErrors();
	}

	private String form(ScheduleForm form, Long id, Model model) {
		model.addAttribute("scheduleForm", form);
		model.addAttribute("scheduleId", id);
		model.addAttribute("guests", this.inventory.guests());
		model.addAttribute("zone", ScheduleViews.zone());
		return "snapshots/schedule-form";
	}

}
