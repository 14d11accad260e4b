package dev.pvedash.users;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.pvedash.users.AccountChanged.Change;
import dev.pvedash.users.CodeThrottle.State;
import dev.pvedash.users.CodeThrottle.Verdict;
import dev.pvedash.users.SecondFactorRepository.Stored;

/**
 * Everything about a user's second factor: enrolment, the check of a code or recovery
 * code (throttled, single use, audited), and turning it off. Admin resets and unlocks
 * live in {@link SecondFactorAdmin}.
 */
@Service
@Transactional
class SecondFactors {

	enum Result {

		ACCEPTED, WRONG, WAIT, LOCKED

	}

	record Check(Result result, Duration waitFor) {

		boolean accepted() {
			return this.result == Result.ACCEPTED;
		}

	}

	private final UserRepository users;

	private final SecondFactorRepository store;

	private final TwoFactorProperties properties;

	private final TwoFactorPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TotpCodes codes = new TotpCodes();

	private final SecureRandom random = new SecureRandom();

	SecondFactors(UserRepository users, SecondFactorRepository store, TwoFactorProperties properties,
			TwoFactorPolicy policy, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.store = store;
		this.properties = properties;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Optional<Stored> of(String username) {
		return this.users.findByUsername(username).flatMap(account -> this.store.find(account.id()));
	}

	@Transactional(readOnly = true)
	int unusedRecoveryCodes(long userId) {
		return this.store.unusedRecoveryCodes(userId);
	}

	byte[] newSecret() {
		byte[] secret = new byte[TotpCodes.SECRET_BYTES];
		this.random.nextBytes(secret);
		return secret;
	}

	/**
	 * Stores the secret once a first code proves the app has it; returns the recovery
	 * codes to show once.
	 */
	List<String> enrol(Actor actor, byte[] secret, String code) {
		UserAccount account = account(actor.username());
		if (this.store.find(account.id()).isPresent()) {
			throw new AccountException("twofactor.error.enrolled");
		}
		OptionalLong step = this.codes.match(secret, strip(code), this.clock.instant(), Long.MIN_VALUE);
		if (step.isEmpty()) {
			throw new AccountException("twofactor.error.confirm");
		}
		List<String> recovery = RecoveryCodes.generate(this.random);
		this.store.insert(account.id(), secret, step.getAsLong(), this.clock.instant(),
				recovery.stream().map(RecoveryCodes::hash).toList());
		publish(actor, account.username(), Change.SECOND_FACTOR_ENABLED);
		return recovery;
	}

	/**
	 * Checks a 6-digit code, or a recovery code, for {@code username}. Wrong codes count
	 * towards the wait and the lock; while locked, authenticator codes are refused
	 * unchecked but a recovery code still works and ends the lock (docs/two-factor.md).
	 */
	Check verify(String username, String address, String typed) {
		UserAccount account = account(username);
		Stored stored = this.store.find(account.id()).orElseThrow(() -> new AccountException("twofactor.error.none"));
		Instant now = this.clock.instant();
		boolean recovery = RecoveryCodes.looksLikeOne(typed);
		Verdict verdict = CodeThrottle.judge(this.store.failures(account.id()), stored.locked() && !recovery, now,
				this.properties);
		if (verdict.state() != State.OPEN) {
			audit(username, address, SecondFactorChecked.Outcome.FAILURE, (verdict.state() == State.LOCKED)
					? "codes locked" : "throttled, " + verdict.waitFor().toSeconds() + " s left");
			return new Check((verdict.state() == State.LOCKED) ? Result.LOCKED : Result.WAIT, verdict.waitFor());
		}
		boolean ok = recovery ? this.store.useRecoveryCode(account.id(), RecoveryCodes.hash(typed), now)
				: this.codes.match(stored.secret(), strip(typed), now, stored.lastStep())
					.stream()
					.anyMatch(step -> this.store.acceptStep(account.id(), step));
		if (ok) {
			this.store.clearFailures(account.id());
			this.store.setLocked(account.id(), null);
			audit(username, address, SecondFactorChecked.Outcome.SUCCESS,
					recovery ? "recovery code, " + this.store.unusedRecoveryCodes(account.id()) + " left"
							: "authenticator code");
			return new Check(Result.ACCEPTED, Duration.ZERO);
		}
		this.store.addFailure(account.id(), now);
		String what = recovery ? "wrong or used recovery code" : "wrong or used code";
		if (!stored.locked() && CodeThrottle.locksNow(this.store.failures(account.id()).size(), this.properties)) {
			this.store.setLocked(account.id(), now);
			audit(username, address, SecondFactorChecked.Outcome.LOCKED,
					what + "; codes locked until an admin unlocks them");
			return new Check(Result.LOCKED, Duration.ZERO);
		}
		audit(username, address, SecondFactorChecked.Outcome.FAILURE, what);
		return new Check(Result.WRONG, Duration.ZERO);
	}

	/**
	 * The owner turns it off; the caller has checked a code or the password just before.
	 */
	void disableOwn(Actor actor) {
		UserAccount account = account(actor.username());
		if (this.policy.requiredFor(account.role())) {
			throw new AccountException("twofactor.error.required");
		}
		if (this.store.delete(account.id())) {
			publish(actor, account.username(), Change.SECOND_FACTOR_DISABLED);
		}
	}

	private UserAccount account(String username) {
		return this.users.findByUsername(username).orElseThrow(() -> new AccountException("users.error.notFound"));
	}

	private static String strip(String code) {
		return (code == null) ? "" : code.replaceAll("\\s", "");
	}

	private void audit(String username, String address, SecondFactorChecked.Outcome outcome, String detail) {
		this.events.publishEvent(new SecondFactorChecked(username, address, outcome, detail, this.clock.instant()));
	}

	private void publish(Actor actor, String username, Change change) {
		this.events.publishEvent(
				new AccountChanged(actor.username(), actor.address(), username, change, null, this.clock.instant()));
	}

}
