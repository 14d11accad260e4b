package dev.pvedash.guests;

import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.pvedash.system.UserFacingException;

/**
 * The progress of one action's PVE task, read from H2 (the follower keeps it current). The htmx fragment
 * polls itself and is answered with 286 once the task ended, which stops the polling.
 */
@Controller
class TaskController {

	private final GuestLifecycle lifecycle;

	private final Clock clock;

	TaskController(GuestLifecycle lifecycle, Clock clock) {
		this.lifecycle = lifecycle;
		this.clock = clock;
	}

	@GetMapping("/tasks/{id}")
	String show(@PathVariable String id, HtmxRequest htmx, HtmxResponse htmxResponse, HttpServletResponse response,
			Model model) {
		if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new UserFacingException(HttpStatus.BAD_REQUEST, "guests.action.bad-task");
		}
		ActionRecord task = this.lifecycle.task(Long.parseLong(id));
		TaskViews.fill(task, this.clock.instant(), model);
		if (!htmx.isHtmxRequest()) {
			return "guests/action";
		}
		if (!task.inFlight()) {
			response.setStatus(TaskViews.STOP_POLLING);
			// the guest page's live block listens for this and re-reads state, buttons and recent tasks at once;
			// the follower re-read the guest from PVE before it recorded the end (docs/actions.md)
			htmxResponse.addTrigger("guest-changed");
		}
		return "guests/action :: task";
	}

}
