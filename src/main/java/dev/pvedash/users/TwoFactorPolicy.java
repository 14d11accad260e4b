package dev.pvedash.users;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.pvedash.system.UtcColumns;
import dev.pvedash.users.AccountChanged.Change;

/**
 * Whether a role must use two-factor sign-in: required for admins when the server setting
 * says so, or when an admin switched it on on the Users page. The switch cannot undo the
 * server setting.
 */
@Component
class TwoFactorPolicy {

	private final TwoFactorProperties properties;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TwoFactorPolicy(TwoFactorProperties properties, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.properties = properties;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	boolean requiredFor(Role role) {
		return role == Role.ADMIN && requiredForAdmins();
	}

	boolean requiredForAdmins() {
		return this.properties.requiredForAdmins() || switchedOn();
	}

	/**
	 * True when the server configuration requires it, so the page's switch is shown but
	 * cannot turn it off.
	 */
	boolean fixedByServer() {
		return this.properties.requiredForAdmins();
	}

	@Transactional
	void setRequiredForAdmins(Actor actor, boolean required) {
		if (switchedOn() == required) {
			return;
		}
		this.jdbc.sql("delete from two_factor_policy").update();
		this.jdbc
			.sql("insert into two_factor_policy (id, required_for_admins, changed_by, changed_at) values (1, ?, ?, ?)")
			.params(required, actor.username(), UtcColumns.utc(this.clock.instant()))
			.update();
		this.events.publishEvent(
				new AccountChanged(actor.username(), actor.address(), Role.ADMIN.name(), Change.SECOND_FACTOR_POLICY,
						required ? "required for admins" : "optional for admins", this.clock.instant()));
	}

	private boolean switchedOn() {
		return this.jdbc.sql("select required_for_admins from two_factor_policy where id = 1")
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

}
