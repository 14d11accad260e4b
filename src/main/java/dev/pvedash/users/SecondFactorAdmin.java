package dev.pvedash.users;

import java.time.Clock;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.pvedash.users.AccountChanged.Change;

/**
 * What an admin does to another user's second factor on /users: reset it (the user signs
 * in with the password alone and may enrol again; their sessions end) or unlock codes
 * locked by wrong guesses.
 */
@Service
@Transactional
class SecondFactorAdmin {

	record States(Set<Long> enrolled, Set<Long> locked) {
	}

	private final UserRepository users;

	private final SecondFactorRepository store;

	private final SessionControl sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SecondFactorAdmin(UserRepository users, SecondFactorRepository store, SessionControl sessions,
			ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.store = store;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	States states() {
		return new States(this.store.enrolledUserIds(), this.store.lockedUserIds());
	}

	void reset(Actor actor, long id) {
		UserAccount account = find(id);
		if (!this.store.delete(id)) {
			throw new AccountException("twofactor.error.none");
		}
		String keep = account.username().equals(actor.username()) ? actor.sessionId() : null;
		this.sessions.expireSessions(account.username(), keep);
		publish(actor, account.username(), Change.SECOND_FACTOR_RESET);
	}

	void unlock(Actor actor, long id) {
		UserAccount account = find(id);
		this.store.find(id).orElseThrow(() -> new AccountException("twofactor.error.none"));
		this.store.clearFailures(id);
		this.store.setLocked(id, null);
		publish(actor, account.username(), Change.SECOND_FACTOR_UNLOCKED);
	}

	private UserAccount find(long id) {
		return this.users.findById(id).orElseThrow(() -> new AccountException("users.error.notFound"));
	}

	private void publish(Actor actor, String username, Change change) {
		this.events.publishEvent(
				new AccountChanged(actor.username(), actor.address(), username, change, null, this.clock.instant()));
	}

}
