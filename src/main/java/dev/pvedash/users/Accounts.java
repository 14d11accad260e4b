package dev.pvedash.users;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.pvedash.users.AccountChanged.Change;

/**
 * Every change to accounts. Guards keep at least one enabled admin, and changes that take
 * rights away (disable, new password, new role) end the account's other sessions at once.
 */
@Service
@Transactional
class Accounts {

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final SessionControl sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PasswordPolicy policy;

	private final CurrentPasswordCheck currentPassword;

	Accounts(UserRepository users, PasswordEncoder encoder, SessionControl sessions, ApplicationEventPublisher events,
			Clock clock, PasswordPolicy policy, CurrentPasswordCheck currentPassword) {
		this.users = users;
		this.encoder = encoder;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
		this.policy = policy;
		this.currentPassword = currentPassword;
	}

	@Transactional(readOnly = true)
	List<UserAccount> all() {
		return this.users.findAll();
	}

	UserAccount create(Actor actor, String rawUsername, String password, Role role) {
		String username = Credentials.normalizeUsername(rawUsername);
		if (!Credentials.validUsername(username)) {
			throw new AccountException("users.error.username");
		}
		requireValidPassword(password);
		if (this.users.findByUsername(username).isPresent()) {
			throw new AccountException("users.error.exists");
		}
		UserAccount account = this.users.insert(username, this.encoder.encode(password), role, this.clock.instant());
		publish(actor, username, Change.CREATED, role.name());
		return account;
	}

	void changeRole(Actor actor, long id, Role role) {
		UserAccount account = find(id);
		if (account.role() == role) {
			return;
		}
		if (account.role() == Role.ADMIN && account.enabled() && this.users.countEnabledAdmins() <= 1) {
			throw new AccountException("users.error.lastAdmin");
		}
		this.users.updateRole(id, role);
		this.sessions.expireSessions(account.username(), null);
		publish(actor, account.username(), Change.ROLE_CHANGED, account.role() + " -> " + role);
	}

	void setEnabled(Actor actor, long id, boolean enabled) {
		UserAccount account = find(id);
		if (account.enabled() == enabled) {
			return;
		}
		if (!enabled && account.username().equals(actor.username())) {
			throw new AccountException("users.error.disableSelf");
		}
		if (!enabled && account.role() == Role.ADMIN && this.users.countEnabledAdmins() <= 1) {
			throw new AccountException("users.error.lastAdmin");
		}
		this.users.updateEnabled(id, enabled);
		if (!enabled) {
			this.sessions.expireSessions(account.username(), null);
		}
		publish(actor, account.username(), enabled ? Change.ENABLED : Change.DISABLED, null);
	}

	void resetPassword(Actor actor, long id, String password) {
		requireValidPassword(password);
		UserAccount account = find(id);
		this.users.updatePasswordHash(id, this.encoder.encode(password));
		String keep = account.username().equals(actor.username()) ? actor.sessionId() : null;
		this.sessions.expireSessions(account.username(), keep);
		publish(actor, account.username(), Change.PASSWORD_RESET, null);
	}

	/** A wrong current password is refused without rolling back its audit row. */
	@Transactional(noRollbackFor = CurrentPasswordCheck.Refused.class)
	void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
		UserAccount account = this.users.findByUsername(actor.username())
			.orElseThrow(() -> new AccountException("users.error.notFound"));
		this.currentPassword.verify(actor, account, currentPassword);
		requireValidPassword(newPassword);
		this.users.updatePasswordHash(account.id(), this.encoder.encode(newPassword));
		this.sessions.expireSessions(account.username(), actor.sessionId());
		publish(actor, account.username(), Change.PASSWORD_CHANGED, null);
	}

	private UserAccount find(long id) {
		return this.users.findById(id).orElseThrow(() -> new AccountException("users.error.notFound"));
	}

	private void requireValidPassword(String password) {
		this.policy.require(password);
	}

	private void publish(Actor actor, String username, Change change, String detail) {
		this.events.publishEvent(
				new AccountChanged(actor.username(), actor.address(), username, change, detail, this.clock.instant()));
	}

}
