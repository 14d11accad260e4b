package dev.pvedash.users;

import java.util.Set;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the /users page who has a second factor and whose codes are locked, without touching its controller. */
@ControllerAdvice(assignableTypes = UserAdminController.class)
class SecondFactorStatesAdvice {

	private final SecondFactorAdmin admin;

	SecondFactorStatesAdvice(SecondFactorAdmin admin) {
		this.admin = admin;
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
