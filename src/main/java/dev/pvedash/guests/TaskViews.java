package dev.pvedash.guests;

import java.time.Instant;

import org.springframework.ui.Model;

/**
 * The model of the task fragment, shared by the POST that starts an action and the
 * fragment's own poll.
 */
final class TaskViews {

	/** htmx stops polling an element when the answer carries this status. */
	static final int STOP_POLLING = 286;

	private TaskViews() {
	}

	static void fill(ActionRecord task, Instant now, Model model) {
		model.addAttribute("task", task);
		model.addAttribute("elapsedSeconds", task.elapsed(now).toSeconds());
	}

}
