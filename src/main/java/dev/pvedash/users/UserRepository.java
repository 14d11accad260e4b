package dev.pvedash.users;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.pvedash.system.UtcColumns;

@Repository
class UserRepository {

	private static final String COLUMNS = "id, username, password_hash, role, enabled, created_at";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long count() {
		return this.jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	long countEnabledAdmins() {
		return this.jdbc.sql("select count(*) from app_user where role = 'ADMIN' and enabled")
			.query(Long.class)
			.single();
	}

	Optional<UserAccount> findByUsername(String username) {
		return this.jdbc.sql("select " + COLUMNS + " from app_user where username = ?")
			.param(username)
			.query(UserRepository::map)
			.optional();
	}

	Optional<UserAccount> findById(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from app_user where id = ?")
			.param(id)
			.query(UserRepository::map)
			.optional();
	}

	List<UserAccount> findAll() {
		return this.jdbc.sql("select " + COLUMNS + " from app_user order by username")
			.query(UserRepository::map)
			.list();
	}

	UserAccount insert(String username, String passwordHash, Role role, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into app_user (username, password_hash, role, enabled, created_at) values (?, ?, ?, true, ?)")
			.params(username, passwordHash, role.name(), UtcColumns.utc(now))
			.update(keys, "id");
		return new UserAccount(keys.getKey().longValue(), username, passwordHash, role, true, now);
	}

	void updateRole(long id, Role role) {
		this.jdbc.sql("update app_user set role = ? where id = ?").params(role.name(), id).update();
	}

	void updateEnabled(long id, boolean enabled) {
		this.jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, id).update();
	}

	void updatePasswordHash(long id, String passwordHash) {
		this.jdbc.sql("update app_user set password_hash = ? where id = ?").params(passwordHash, id).update();
	}

	private static UserAccount map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
				Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), UtcColumns.instant(rs, "created_at"));
	}

}
