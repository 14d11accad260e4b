package dev.pvedash.users;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * First-run setup: with the token from the log, create the first admin; without it,
 * explain where to find it.
 */
@Controller
@RequestMapping("/setup")
class SetupController {

	private final InitialSetup setup;

	SetupController(InitialSetup setup) {
		this.setup = setup;
	}

	@GetMapping
	String show(@RequestParam(required = false) String token, Model model) {
		if (this.setup.isComplete()) {
			return "redirect:/login";
		}
		boolean valid = this.setup.tokenMatches(token);
		model.addAttribute("tokenValid", valid);
		model.addAttribute("setupForm", new SetupForm(valid ? token : null, "", null, null));
		return "users/setup";
	}

	@PostMapping
	String create(@Valid @ModelAttribute SetupForm setupForm, BindingResult result, HttpServletRequest request,
			Model model) {
		if (this.setup.isComplete()) {
			return "redirect:/login";
		}
		if (!this.setup.tokenMatches(setupForm.token())) {
			model.addAttribute("tokenValid", false);
			return "users/setup";
		}
		if (!result.hasFieldErrors("password") && !setupForm.passwordsMatch()) {
			result.rejectValue("confirmPassword", "users.error.confirm");
		}
		model.addAttribute("tokenValid", true);
		if (result.hasErrors()) {
			return "users/setup";
		}
		try {
			this.setup.createFirstAdmin(setupForm.token(), setupForm.username(), setupForm.password(),
					request.getRemoteAddr());
		}
		catch (AccountException ex) {
			result.reject(ex.messageKey());
			return "users/setup";
		}
		return "redirect:/login?setup";
	}

}
