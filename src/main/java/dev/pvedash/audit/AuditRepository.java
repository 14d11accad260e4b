package dev.pvedash.audit;

import static dev.pvedash.system.UtcColumns.utc;
import static dev.pvedash.system.UtcColumns.instant;
import static dev.pvedash.system.TextColumns.clip;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

	private final JdbcClient jdbc;

	AuditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(Instant at, String actor, String clientAddress, AuditKind kind, String target, AuditOutcome outcome,
			String detail) {
		this.jdbc.sql("""
				insert into audit_entry (occurred_at, actor, client_address, kind, target, outcome, detail)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(utc(at), clip(actor, 64), clip(ClientAddresses.canonical(clientAddress), 64), kind.name(),
					clip(target, 128), outcome.name(), clip(detail, 512))
			.update();
	}

	/** One page, newest first, plus one extra row to tell whether a next page exists. */
	List<AuditEntry> find(AuditQuery query) {
		List<Object> params = new ArrayList<>();
		String where = where(query, params);
		params.add(query.size() + 1);
		params.add(query.offset());
		return this.jdbc
			.sql("select * from audit_entry" + where + " order by occurred_at desc, id desc limit ? offset ?")
			.params(params)
			.query(AuditRepository::map)
			.list();
	}

	List<String> kinds() {
		return this.jdbc.sql("select distinct kind from audit_entry order by kind").query(String.class).list();
	}

	private static String where(AuditQuery query, List<Object> params) {
		List<String> clauses = new ArrayList<>();
		if (query.actor() != null) {
			clauses.add("actor = ?");
			params.add(query.actor());
		}
		if (query.kind() != null) {
			clauses.add("kind = ?");
			params.add(query.kind());
		}
		return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), instant(rs, "occurred_at"), rs.getString("actor"),
				rs.getString("client_address"), rs.getString("kind"), rs.getString("target"),
				AuditOutcome.of(rs.getString("outcome")), rs.getString("detail"));
	}

}
