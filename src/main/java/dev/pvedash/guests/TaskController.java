package dev.pvedash.guests;

import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The progress of one action's PVE task, read from H2 (the follower keeps it current).
 * The htmx fragment polls itself and is answered with 286 once the task ended, which
 * stops the polling.
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
	String show(@PathVariable TaskId id, HtmxRequest htmx, HtmxResponse htmxResponse, HttpServletResponse response,
			Model model) {
		ActionRecord task = this.lifecycle.task(id.value());
		TaskViews.fill(task, this.clock.instant(), model);
		if (!htmx.isHtmxRequest()) {
			return "guests/action";
		}
		if (!task.inFlight()) {
			response.setStatus(TaskViews.STOP_POLLING);
			// the guest page's live block listens for this and re-reads state, buttons
			// and recent tasks at once;
			// the inventory re-read the guest from PVE in the transaction that recorded
			// the end (docs/actions.md)
			htmxResponse.addTrigger("guest-changed");
		}
		return "guests/action :: task";
	}

}
