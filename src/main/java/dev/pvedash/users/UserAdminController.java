package dev.pvedash.users;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin pages for accounts: list, add, change role, disable/enable, reset password. ADMIN
 * only (SecurityConfiguration).
 */
@Controller
@RequestMapping("/users")
class UserAdminController {

	private final Accounts accounts;

	private final ReauthGate reauth;

	UserAdminController(Accounts accounts, ReauthGate reauth) {
		this.accounts = accounts;
		this.reauth = reauth;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.accounts.all());
		model.addAttribute("roles", Role.values());
		if (!model.containsAttribute("newUserForm")) {
			model.addAttribute("newUserForm", NewUserForm.empty());
		}
		return "users/list";
	}

	@PostMapping
	String create(@Valid @ModelAttribute NewUserForm newUserForm, BindingResult result, Authentication auth,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			// a new admin is an account change that needs a recent check of the acting
			// admin (ReauthGate)
			String challenge = (newUserForm.role() == Role.ADMIN) ? this.reauth.challenge(request, auth, model) : null;
			if (challenge != null) {
				return challenge;
			}
			try {
				this.accounts.create(actor(auth, request), newUserForm.username(), newUserForm.password(),
						newUserForm.role());
				redirect.addFlashAttribute("success", "users.created");
				return "redirect:/users";
			}
			catch (AccountException ex) {
				result.reject(ex.messageKey());
			}
		}
		return list(model);
	}

	@PostMapping("/{id}/role")
	String role(@PathVariable long id, @RequestParam Role role, Authentication auth, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		String challenge = this.reauth.challenge(request, auth, model);
		if (challenge != null) {
			return challenge;
		}
		return apply(redirect, "users.roleChanged", () -> this.accounts.changeRole(actor(auth, request), id, role));
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, Authentication auth, HttpServletRequest request,
			RedirectAttributes redirect) {
		return apply(redirect, "users.disabled", () -> this.accounts.setEnabled(actor(auth, request), id, false));
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, Authentication auth, HttpServletRequest request, RedirectAttributes redirect) {
		return apply(redirect, "users.enabled", () -> this.accounts.setEnabled(actor(auth, request), id, true));
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam String newPassword, Authentication auth,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		String challenge = this.reauth.challenge(request, auth, model);
		if (challenge != null) {
			return challenge;
		}
		return apply(redirect, "users.passwordReset",
				() -> this.accounts.resetPassword(actor(auth, request), id, newPassword));
	}

	/**
	 * Runs an account change and flashes its outcome on /users; shared with the
	 * second-factor admin actions.
	 */
	static String apply(RedirectAttributes redirect, String successKey, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("success", successKey);
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/users";
	}

	static Actor actor(Authentication auth, HttpServletRequest request) {
		return new Actor(auth.getName(), request.getRemoteAddr(), request.getSession().getId());
	}

}
