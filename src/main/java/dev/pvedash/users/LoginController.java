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
	String login(@RequestParam(name = "throttled", required = false) Long throttledSeconds,
			@RequestParam(name = "scope", defaultValue = "pair") String throttleScope, Model model) {
		model.addAttribute("setupPending", !this.setup.isComplete());
		if (throttledSeconds != null && throttledSeconds > 0) {
			model.addAttribute("waitMinutes", throttledSeconds / 60);
			model.addAttribute("waitSeconds", throttledSeconds % 60);
			// only known scopes pick a message (docs/sign-in.md); anything else reads as
			// the per-pair block
			model.addAttribute("throttleScope", switch (throttleScope) {
				case "address", "username" -> throttleScope;
				default -> "pair";
			});
		}
		return "users/login";
	}

}
