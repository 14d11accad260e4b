package dev.pvedash.users;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The second sign-in step: a code from the authenticator app, or a recovery code. Public
 * in SecurityConfiguration; only a pending session gets past the first check.
 */
@Controller
class LoginCodeController {

	private final SecondFactors factors;

	private final SecondFactorLogin login;

	private final TwoFactorProperties properties;

	private final Clock clock;

	LoginCodeController(SecondFactors factors, SecondFactorLogin login, TwoFactorProperties properties, Clock clock) {
		this.factors = factors;
		this.login = login;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/login/code")
	String form(HttpServletRequest request) {
		return (pending(request) != null) ? "users/code" : "redirect:/login?expired";
	}

	@PostMapping("/login/code")
	String check(@RequestParam(required = false) String code, HttpServletRequest request, Model model)
			throws IOException, ServletException {
		CodePendingAuthentication pending = pending(request);
		if (pending == null) {
			return "redirect:/login?expired";
		}
		SecondFactors.Check check;
		try {
			check = this.factors.verify(pending.getName(), request.getRemoteAddr(), code);
		}
		catch (AccountException ex) {
			// the account or its second factor went away between the steps (deleted,
			// reset): start again
			this.login.signOut(request);
			return "redirect:/login?expired";
		}
		switch (check.result()) {
			case ACCEPTED -> {
				// not a handler parameter: Spring MVC would then take the response as
				// written and render no view
				HttpServletResponse response = ((ServletRequestAttributes) RequestContextHolder
					.currentRequestAttributes()).getResponse();
				return "redirect:" + this.login.complete(request, response, pending);
			}
			case WAIT -> {
				model.addAttribute("codeError", "twofactor.login.wait");
				model.addAttribute("waitSeconds", Math.max(1, check.waitFor().toSeconds()));
			}
			case LOCKED -> model.addAttribute("codeError", "twofactor.login.locked");
			default -> model.addAttribute("codeError", "twofactor.login.wrong");
		}
		return "users/code";
	}

	/**
	 * The pending sign-in of this session, if any and not older than the allowed time; an
	 * expired one is ended.
	 */
	private CodePendingAuthentication pending(HttpServletRequest request) {
		if (!(SecurityContextHolder.getContext().getAuthentication() instanceof CodePendingAuthentication pending)) {
			return null;
		}
		if (!this.clock.instant().isBefore(pending.passwordCheckedAt().plus(this.properties.pendingTimeout()))) {
			this.login.signOut(request);
			return null;
		}
		return pending;
	}

}
