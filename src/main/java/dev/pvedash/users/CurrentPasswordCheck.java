package dev.pvedash.users;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The current password asked again before it is changed, throttled like a login per
 * (user, address) and audited when wrong (docs/sign-in.md): a stolen session must not
 * become a free password-guessing oracle.
 */
@Component
class CurrentPasswordCheck {

	/**
	 * A refusal whose audit row must commit although the change is refused
	 * ({@link Accounts}).
	 */
	static final class Refused extends AccountException {

		Refused(String messageKey, Object... args) {
			super(messageKey, args);
		}

	}

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CurrentPasswordCheck(PasswordEncoder encoder, LoginThrottle throttle, ApplicationEventPublisher events,
			Clock clock) {
		this.encoder = encoder;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
	}

	void verify(Actor actor, UserAccount account, String candidate) {
		LoginThrottle.Key key = LoginThrottle.Key.of(account.username(), actor.address());
		LoginThrottle.Refusal refusal = this.throttle.check(key).orElse(null);
		if (refusal != null) {
			audit(actor, "throttled (" + refusal.scopeName() + "), " + refusal.seconds() + " s left");
			throw new Refused("account.error.throttled", refusal.seconds());
		}
		if (candidate == null || !this.encoder.matches(candidate, account.passwordHash())) {
			this.throttle.failed(key);
			audit(actor, "wrong current password");
			throw new Refused("account.error.currentPassword");
		}
		this.throttle.succeeded(key);
	}

	private void audit(Actor actor, String reason) {
		this.events
			.publishEvent(new PasswordCheckFailed(actor.username(), actor.address(), reason, this.clock.instant()));
	}

}
