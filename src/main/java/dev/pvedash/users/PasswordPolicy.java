package dev.pvedash.users;

import java.util.Optional;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The one rule for every new password: setup, an admin creating an account or resetting a
 * password, and the own-password page (docs/sign-in.md, OWASP ASVS 5.0 6.2.4, 6.2.12).
 * Besides the length, nbvcxz's estimate must reach {@code pvedash.password.min-entropy}
 * bits; its dictionaries of common passwords, words and names and its pattern matchers
 * (repeats, sequences, keyboard rows, dates) say why a password is refused. The estimator
 * loads its dictionaries (about 0.4 s and 18 MB) once, at the first password it checks,
 * not at start-up: most starts check none.
 */
@Component
class PasswordPolicy {

	/**
	 * nbvcxz matches patterns in the first this many characters and estimates the rest
	 * more cheaply: on 256 repeated characters the full search took seconds, on 64 well
	 * under one.
	 */
	static final int EXAMINED_LENGTH = 64;

	private final PasswordProperties properties;

	private @Nullable Nbvcxz estimator;

	PasswordPolicy(PasswordProperties properties) {
		this.properties = properties;
	}

	private synchronized Nbvcxz estimator() {
		if (this.estimator == null) {
			this.estimator = new Nbvcxz(new ConfigurationBuilder().setMinimumEntropy(this.properties.minEntropy())
				.setMaxLength(EXAMINED_LENGTH)
				.createConfiguration());
		}
		return this.estimator;
	}

	/**
	 * Empty when the password may be used, otherwise the message key that says why not.
	 */
	Optional<String> refusal(String password) {
		if (!Credentials.validPassword(password)) {
			return Optional.of("users.error.password");
		}
		Result result = estimator().estimate(password);
		return result.isMinimumEntropyMet() ? Optional.empty()
				: Optional.of(reason(result.getFeedback().getWarningKey()));
	}

	void require(String password) {
		refusal(password).ifPresent(key -> {
			throw new AccountException(key);
		});
	}

	/**
	 * nbvcxz's warning keys (its feedback.properties) mapped to our own words in
	 * messages.properties.
	 */
	static String reason(String warningKey) {
		if (warningKey == null) {
			return "password.weak.guessable";
		}
		if (warningKey.startsWith("feedback.dictionary.warning.passwords")) {
			return "password.weak.common";
		}
		if (warningKey.startsWith("feedback.repeat")) {
			return "password.weak.repeat";
		}
		if (warningKey.startsWith("feedback.sequence")) {
			return "password.weak.sequence";
		}
		if (warningKey.startsWith("feedback.spatial")) {
			return "password.weak.keyboard";
		}
		if (warningKey.startsWith("feedback.year") || warningKey.startsWith("feedback.date")) {
			return "password.weak.date";
		}
		return "password.weak.guessable";
	}

}
