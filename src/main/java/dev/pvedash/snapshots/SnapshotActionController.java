package dev.pvedash.snapshots;

import java.security.Principal;
import java.util.Optional;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.pvedash.guests.GuestTasks;
import dev.pvedash.guests.TaskRef;
import dev.pvedash.guests.Vmid;

/**
 * Take, roll back and delete snapshots (OPERATOR and up, see SecurityConfiguration).
 * Names are checked before anything else; every accepted request goes through
 * {@link GuestTasks}, so claim, audit and task following are those of the power buttons,
 * and a locked guest is refused with PVE's lock word.
 */
@Controller
class SnapshotActionController {

	private final GuestTasks tasks;

	private final SnapshotTargets targets;

	SnapshotActionController(GuestTasks tasks, SnapshotTargets targets) {
		this.tasks = tasks;
		this.targets = targets;
	}

	@PostMapping("/guests/{vmid}/snapshots")
	String create(@PathVariable Vmid vmid, @ModelAttribute("snapshotForm") SnapshotForm form, Principal principal,
			HttpServletRequest request, HttpServletResponse response, HtmxRequest htmx, Model model) {
		GuestSnapshots guest = this.targets.guest(vmid.value());
		Optional<String> problem = this.targets.problem(vmid.value(), form);
		if (problem.isPresent()) { // nothing reaches PVE or the history; the typed values
									// come back
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("snapshots", guest);
			model.addAttribute("formError", problem.get());
			return htmx.isHtmxRequest() ? "snapshots/guest :: create-form" : "snapshots/create";
		}
		TaskRef task = this.tasks.snapshot(vmid.value(), form.trimmedName(), form.descriptionOrNull(),
				form.ram() && guest.qemu(), principal.getName(), request.getRemoteAddr());
		return started(task, htmx, model);
	}

	@GetMapping("/guests/{vmid}/snapshots/{name}/{action:rollback|delete}")
	String confirm(@PathVariable Vmid vmid, @PathVariable String name, @PathVariable String action, HtmxRequest htmx,
			Model model) {
		model.addAttribute("confirm", this.targets.confirmation(vmid.value(), name, action));
		return htmx.isHtmxRequest() ? "snapshots/confirm :: " + action : "snapshots/confirm";
	}

	@PostMapping("/guests/{vmid}/snapshots/{name}/rollback")
	String rollback(@PathVariable Vmid vmid, @PathVariable String name,
			@RequestParam(required = false) String confirmName,
			@RequestParam(defaultValue = "false") boolean startAfter, Principal principal, HttpServletRequest request,
			HtmxRequest htmx, Model model) {
		this.targets.existing(vmid.value(), name);
		return started(this.tasks.rollback(vmid.value(), name, startAfter, confirmName, principal.getName(),
				request.getRemoteAddr()), htmx, model);
	}

	@PostMapping("/guests/{vmid}/snapshots/{name}/delete")
	String delete(@PathVariable Vmid vmid, @PathVariable String name, Principal principal, HttpServletRequest request,
			HtmxRequest htmx, Model model) {
		this.targets.existing(vmid.value(), name);
		return started(this.tasks.deleteSnapshot(vmid.value(), name, principal.getName(), request.getRemoteAddr()),
				htmx, model);
	}

	/**
	 * The task follows itself to the end in place; a plain POST redirects so a reload
	 * never re-sends.
	 */
	private String started(TaskRef task, HtmxRequest htmx, Model model) {
		if (!htmx.isHtmxRequest()) {
			return "redirect:/tasks/" + task.id();
		}
		this.tasks.show(task.id(), model);
		return "guests/action :: task";
	}

}
