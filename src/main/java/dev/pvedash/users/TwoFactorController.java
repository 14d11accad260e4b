package dev.pvedash.users;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every user's own two-factor page: enrol (QR code, the secret as text, confirmation by a
 * first code, then the recovery codes shown once) or, when enrolled, see the state and
 * turn it off. The secret offered for enrolment lives in the session until a code
 * confirms it, so a reload shows the same one.
 */
@Controller
class TwoFactorController {

	static final String OFFERED_SECRET = TwoFactorController.class.getName() + ".OFFERED_SECRET";

	private final SecondFactors factors;

	private final UserRepository users;

	private final IdentityCheck identity;

	private final RecentAuthentication recent;

	private final TwoFactorPolicy policy;

	TwoFactorController(SecondFactors factors, UserRepository users, IdentityCheck identity,
			RecentAuthentication recent, TwoFactorPolicy policy) {
		this.factors = factors;
		this.users = users;
		this.identity = identity;
		this.recent = recent;
		this.policy = policy;
	}

	@GetMapping("/account/two-factor")
	String page(Authentication auth, HttpServletRequest request, Model model) {
		UserAccount account = this.users.findByUsername(auth.getName()).orElseThrow();
		var stored = this.factors.of(account.username());
		if (stored.isPresent()) {
			model.addAttribute("enabledAt", stored.get().enabledAt());
			model.addAttribute("locked", stored.get().locked());
			model.addAttribute("recoveryLeft", this.factors.unusedRecoveryCodes(account.id()));
			model.addAttribute("required", this.policy.requiredFor(account.role()));
			return "account/two-factor";
		}
		HttpSession session = request.getSession();
		byte[] secret = (session.getAttribute(OFFERED_SECRET) instanceof byte[] offered) ? offered : null;
		if (secret == null) {
			secret = this.factors.newSecret();
			session.setAttribute(OFFERED_SECRET, secret);
		}
		String base32 = Base32.encode(secret);
		String uri = QrCodes.otpauthUri(account.username(), base32);
		model.addAttribute("secret", base32.replaceAll("(.{4})(?!$)", "$1 "));
		model.addAttribute("otpauthUri", uri);
		model.addAttribute("qrCode", QrCodes.svgDataUri(uri));
		model.addAttribute("mustEnrol",
				Boolean.TRUE.equals(session.getAttribute(SecondFactorLogin.ENROLMENT_REQUIRED)));
		return "account/two-factor-enrol";
	}

	@PostMapping("/account/two-factor")
	String confirm(@RequestParam(required = false) String code, Authentication auth, HttpServletRequest request,
			Model model) {
		HttpSession session = request.getSession();
		if (!(session.getAttribute(OFFERED_SECRET) instanceof byte[] secret)) {
			return "redirect:/account/two-factor";
		}
		try {
			model.addAttribute("recoveryCodes",
					this.factors.enrol(UserAdminController.actor(auth, request), secret, code));
		}
		catch (AccountException ex) {
			model.addAttribute("codeError", ex.messageKey());
			return page(auth, request, model);
		}
		session.removeAttribute(OFFERED_SECRET);
		session.removeAttribute(SecondFactorLogin.ENROLMENT_REQUIRED);
		this.recent.markChecked(session);
		return "account/recovery-codes";
	}

	@PostMapping("/account/two-factor/disable")
	String disable(@RequestParam(required = false) String proof, Authentication auth, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (!this.identity.check(auth.getName(), proof, request)) {
			redirect.addFlashAttribute("error", "twofactor.error.proof");
			return "redirect:/account/two-factor";
		}
		try {
			this.factors.disableOwn(UserAdminController.actor(auth, request));
			redirect.addFlashAttribute("success", "twofactor.disabled");
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/account/two-factor";
	}

}
