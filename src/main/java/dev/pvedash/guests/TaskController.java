package dev.pvedash.guests;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
	String show(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new UserFacingException(HttpStatus.BAD_REQUEST, "guests.action.bad-task");
		}
		ActionRecord task = this.lifecycle.task(Long.parseLong(id));
		TaskViews.fill(task, this.clock.instant(), model);
		if (!TaskViews.htmx(request)) {
			return "guests/action";
		}
		if (!task.inFlight()) {
			response.setStatus(TaskViews.STOP_POLLING);
			// the guest page's live status listens for this, so the new state shows without waiting 10 s
			response.setHeader("HX-Trigger", "guest-changed");
		}
		return "guests/action :: task";
	}

}
