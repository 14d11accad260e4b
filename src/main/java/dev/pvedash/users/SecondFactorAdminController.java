package dev.pvedash.users;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reset and unlock of another user's second factor, from /users (ADMIN only,
 * SecurityConfiguration).
 */
@Controller
@RequestMapping("/users/{id}/second-factor")
class SecondFactorAdminController {

	private final SecondFactorAdmin admin;

	private final ReauthGate reauth;

	SecondFactorAdminController(SecondFactorAdmin admin, ReauthGate reauth) {
		this.admin = admin;
		this.reauth = reauth;
	}

	/**
	 * Takes a factor away, so it is an account change that needs a recent check of the
	 * admin.
	 */
	@PostMapping("/reset")
	String reset(@PathVariable long id, Authentication auth, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		String challenge = this.reauth.challenge(request, auth, model);
		if (challenge != null) {
			return challenge;
		}
		return UserAdminController.apply(redirect, "twofactor.reset",
				() -> this.admin.reset(UserAdminController.actor(auth, request), id));
	}

	@PostMapping("/unlock")
	String unlock(@PathVariable long id, Authentication auth, HttpServletRequest request, RedirectAttributes redirect) {
		return UserAdminController.apply(redirect, "twofactor.unlocked",
				() -> this.admin.unlock(UserAdminController.actor(auth, request), id));
	}

}
