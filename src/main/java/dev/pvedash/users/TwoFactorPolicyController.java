package dev.pvedash.users;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Users page's switch "two-factor sign-in required for admins" (ADMIN only, under
 * /users in SecurityConfiguration).
 */
@Controller
class TwoFactorPolicyController {

	private final TwoFactorPolicy policy;

	private final ReauthGate reauth;

	TwoFactorPolicyController(TwoFactorPolicy policy, ReauthGate reauth) {
		this.policy = policy;
		this.reauth = reauth;
	}

	/**
	 * A change to every admin's sign-in, so it needs a recent check of the acting admin
	 * like account changes.
	 */
	@PostMapping("/users/two-factor-policy")
	String change(@RequestParam(defaultValue = "false") boolean required, Authentication auth,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		String challenge = this.reauth.challenge(request, auth, model);
		if (challenge != null) {
			return challenge;
		}
		this.policy.setRequiredForAdmins(UserAdminController.actor(auth, request), required);
		redirect.addFlashAttribute("success", "twofactor.policy.saved");
		return "redirect:/users";
	}

}
