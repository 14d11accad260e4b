package dev.pvedash.users;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every user changes their own password here; the current one is asked again, other
 * sessions end.
 */
@Controller
class AccountController {

	private final Accounts accounts;

	AccountController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("passwordForm", new PasswordForm(null, null, null));
		return "account/password";
	}

	@PostMapping("/account/password")
	String change(@Valid @ModelAttribute PasswordForm passwordForm, BindingResult result, Authentication auth,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword") && !passwordForm.confirmed()) {
			result.rejectValue("confirmPassword", "users.error.confirm");
		}
		if (result.hasErrors()) {
			return "account/password";
		}
		try {
			this.accounts.changeOwnPassword(UserAdminController.actor(auth, request), passwordForm.currentPassword(),
					passwordForm.newPassword());
		}
		catch (AccountException ex) {
			result.reject(ex.messageKey(), ex.args(), null);
			return "account/password";
		}
		redirect.addFlashAttribute("success", "account.passwordChanged");
		return "redirect:/account/password";
	}

}
