package dev.pvedash.guests;

import java.security.Principal;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

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
 * Lifecycle actions on one guest: the confirmation and the POST that sends the action.
 */
@Controller
class GuestActionController {

	private final GuestLifecycle lifecycle;

	private final Clock clock;

	GuestActionController(GuestLifecycle lifecycle, Clock clock) {
		this.lifecycle = lifecycle;
		this.clock = clock;
	}

	@GetMapping("/guests/{vmid}/{action}/confirm")
	String confirm(@PathVariable Vmid vmid, @PathVariable String action, HtmxRequest htmx, Model model) {
		GuestAction parsed = action(action);
		GuestView guest = this.lifecycle.guest(vmid.value());
		model.addAttribute("guest", guest);
		model.addAttribute("action", parsed.word());
		model.addAttribute("destructive", parsed.needsConfirmation());
		model.addAttribute("critical", parsed.guardedOnCriticalGuest() && this.lifecycle.critical(guest));
		return htmx.isHtmxRequest() ? "guests/action :: confirm" : "guests/action";
	}

	@PostMapping("/guests/{vmid}/{action}")
	String act(@PathVariable Vmid vmid, @PathVariable String action, @RequestParam(required = false) String confirmName,
			Principal principal, HttpServletRequest request, HtmxRequest htmx, Model model) {
		ActionRecord started = this.lifecycle.request(vmid.value(), ActionRequest.power(action(action), confirmName),
				principal.getName(), request.getRemoteAddr());
		if (!htmx.isHtmxRequest()) {
			return "redirect:/tasks/" + started.id(); // PRG: a reload shows the task
														// instead of re-posting
		}
		TaskViews.fill(started, this.clock.instant(), model);
		return "guests/action :: task";
	}

	private static GuestAction action(String word) {
		return GuestAction.powerFromWord(word)
			.orElseThrow(() -> new UserFacingException(HttpStatus.BAD_REQUEST, "guests.action.bad-action"));
	}

}
