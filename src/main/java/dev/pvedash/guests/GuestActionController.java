package dev.pvedash.guests;

import java.security.Principal;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.pvedash.inventory.GuestView;
import dev.pvedash.system.UserFacingException;

/**
 * Lifecycle actions on one guest: the confirmation and the POST that sends the action. The service is
 * optional so the web slices of other modules, which do not load this one, still start.
 */
@Controller
class GuestActionController {

	private static final int MIN_VMID = 100; // PVE's range for guest ids

	private static final int MAX_VMID = 999_999_999;

	private final GuestLifecycle lifecycle;

	private final Clock clock;

	GuestActionController(GuestLifecycle lifecycle, Clock clock) {
		this.lifecycle = lifecycle;
		this.clock = clock;
	}

	@GetMapping("/guests/{vmid}/{action}/confirm")
	String confirm(@PathVariable String vmid, @PathVariable String action, HttpServletRequest request, Model model) {
		GuestAction parsed = action(action);
		GuestView guest = lifecycle().guest(vmid(vmid));
		model.addAttribute("guest", guest);
		model.addAttribute("action", parsed.word());
		model.addAttribute("destructive", parsed.needsConfirmation());
		model.addAttribute("critical", parsed.guardedOnCriticalGuest() && lifecycle().critical(guest));
		return TaskViews.htmx(request) ? "guests/action :: confirm" : "guests/action";
	}

	@PostMapping("/guests/{vmid}/{action}")
	String act(@PathVariable String vmid, @PathVariable String action,
			@RequestParam(required = false) String confirmName, Principal principal, HttpServletRequest request,
			Model model) {
		ActionRecord started = lifecycle().request(vmid(vmid), ActionRequest.power(action(action), confirmName),
				principal.getName(), request.getRemoteAddr());
		if (!TaskViews.htmx(request)) {
			return "redirect:/tasks/" + started.id(); // PRG: a reload shows the task instead of re-posting
		}
		TaskViews.fill(started, this.clock.instant(), model);
		return "guests/action :: task";
	}

	private GuestLifecycle lifecycle() {
		return this.lifecycle;
	}

	private static int vmid(String text) {
		// digits only: no sign, no spaces, no path tricks reach PVE's URL
		if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new UserFacingException(HttpStatus.BAD_REQUEST, "guests.action.bad-vmid");
		}
		int vmid = Integer.parseInt(text);
		if (vmid < MIN_VMID || vmid > MAX_VMID) {
			throw new UserFacingException(HttpStatus.BAD_REQUEST, "guests.action.bad-vmid");
		}
		return vmid;
	}

	private static GuestAction action(String word) {
		return GuestAction.powerFromWord(word)
			.orElseThrow(() -> new UserFacingException(HttpStatus.BAD_REQUEST, "guests.action.bad-action"));
	}

}
