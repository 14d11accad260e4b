package dev.pvedash.users;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Our own login page; Spring Security's form login handles the POST. */
@Controller
class LoginController {

	private final InitialSetup setup;

	LoginController(InitialSetup setup) {
		this.setup = setup;
	}

	@GetMapping("/login")
	String login(@RequestParam(name = "throttled", required = false) Long throttledSeconds, Model model) {
		model.addAttribute("setupPending", !this.setup.isComplete());
		if (throttledSeconds != null && throttledSeconds > 0) {
			model.addAttribute("waitMinutes", throttledSeconds / 60);
			model.addAttribute("waitSeconds", throttledSeconds % 60);
		}
		return "users/login";
	}

}
