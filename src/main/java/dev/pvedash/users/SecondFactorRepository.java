package dev.pvedash.users;

import static dev.pvedash.system.UtcColumns.utc;
import static dev.pvedash.system.UtcColumns.instant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The V11 tables: confirmed TOTP secrets, recovery code hashes and the wrong codes since
 * the last good one.
 */
@Repository
class SecondFactorRepository {

	record Stored(long userId, byte[] secret, long lastStep, Instant enabledAt, Instant lockedAt) {

		boolean locked() {
			return this.lockedAt != null;
		}

	}

	private final JdbcClient jdbc;

	SecondFactorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Stored> find(long userId) {
		return this.jdbc.sql("select * from second_factor where user_id = ?")
			.param(userId)
			.query((rs, row) -> new Stored(rs.getLong("user_id"), rs.getBytes("secret"), rs.getLong("last_step"),
					instant(rs, "enabled_at"), instant(rs, "locked_at")))
			.optional();
	}

	Set<Long> enrolledUserIds() {
		return Set.copyOf(this.jdbc.sql("select user_id from second_factor").query(Long.class).list());
	}

	Set<Long> lockedUserIds() {
		return Set.copyOf(this.jdbc.sql("select user_id from second_factor where locked_at is not null")
			.query(Long.class)
			.list());
	}

	void insert(long userId, byte[] secret, long lastStep, Instant now, List<String> recoveryHashes) {
		this.jdbc.sql("insert into second_factor (user_id, secret, last_step, enabled_at) values (?, ?, ?, ?)")
			.params(userId, secret, lastStep, utc(now))
			.update();
		for (String hash : recoveryHashes) {
			this.jdbc.sql("insert into recovery_code (user_id, code_hash) values (?, ?)").params(userId, hash).update();
		}
	}

	boolean delete(long userId) {
		return this.jdbc.sql("delete from second_factor where user_id = ?").param(userId).update() > 0;
	}

	/**
	 * Moves the last accepted step forward; false if another request took this step (or a
	 * later one) first.
	 */
	boolean acceptStep(long userId, long step) {
		return this.jdbc.sql("update second_factor set last_step = ? where user_id = ? and last_step < ?")
			.params(step, userId, step)
			.update() == 1;
	}

	/** Marks an unused recovery code used; false if it is unknown or was used already. */
	boolean useRecoveryCode(long userId, String hash, Instant now) {
		return this.jdbc
			.sql("update recovery_code set used_at = ? where user_id = ? and code_hash = ? and used_at is null")
			.params(utc(now), userId, hash)
			.update() == 1;
	}

	int unusedRecoveryCodes(long userId) {
		return this.jdbc.sql("select count(*) from recovery_code where user_id = ? and used_at is null")
			.param(userId)
			.query(Integer.class)
			.single();
	}

	List<Instant> failures(long userId) {
		return this.jdbc.sql("select failed_at from second_factor_failure where user_id = ? order by failed_at")
			.param(userId)
			.query((rs, row) -> instant(rs, "failed_at"))
			.list();
	}

	void addFailure(long userId, Instant now) {
		this.jdbc.sql("insert into second_factor_failure (user_id, failed_at) values (?, ?)")
			.params(userId, utc(now))
			.update();
	}

	void clearFailures(long userId) {
		this.jdbc.sql("delete from second_factor_failure where user_id = ?").param(userId).update();
	}

	void setLocked(long userId, Instant lockedAt) {
		this.jdbc.sql("update second_factor set locked_at = ? where user_id = ?")
			.params(utc(lockedAt), userId)
			.update();
	}

}
