package dev.pvedash.users;

import java.util.Set;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the /users page who has a second factor, whose codes are locked and whether
 * admins must use one, without touching its controller.
 */
@ControllerAdvice(assignableTypes = UserAdminController.class)
class SecondFactorStatesAdvice {

	private final SecondFactorAdmin admin;

	private final TwoFactorPolicy policy;

	SecondFactorStatesAdvice(SecondFactorAdmin admin, TwoFactorPolicy policy) {
		this.admin = admin;
		this.policy = policy;
	}

	@ModelAttribute("twoFactorRequired")
	boolean required() {
		return this.policy.requiredForAdmins();
	}

	/** Required by the server configuration: the page's switch cannot turn it off. */
	@ModelAttribute("twoFactorFixed")
	boolean fixed() {
		return this.policy.fixedByServer();
	}

	/** Ids of the accounts with two-factor sign-in. */
	@ModelAttribute("twoFactorIds")
	Set<Long> enrolled() {
		return this.admin.states().enrolled();
	}

	/** Ids of the accounts whose authenticator codes are locked after wrong guesses. */
	@ModelAttribute("lockedCodeIds")
	Set<Long> locked() {
		return this.admin.states().locked();
	}

}
