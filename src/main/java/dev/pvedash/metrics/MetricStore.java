package dev.pvedash.metrics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.pvedash.system.CommittedWrites;

/**
 * The H2 side of the history. Every write is its own short transaction. Two ways to write
 * a row: live samples and roll-ups win over what is stored ({@code preferNew}), backfill
 * only fills what is missing, column by column, so it never overwrites a measured value.
 */
@Repository
class MetricStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate transaction;

	private final Map<String, Entity> entities = new ConcurrentHashMap<>();

	private final CommittedWrites writes = new CommittedWrites();

	MetricStore(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.template = template;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Finds or creates the entity; a guest's node and type follow where PVE last listed
	 * it.
	 */
	Entity entity(Kind kind, String ref, @Nullable String node, @Nullable String guestType, @Nullable Integer vmid,
			@Nullable String storage) {
		Entity known = find(ref).orElse(null);
		if (known != null && java.util.Objects.equals(known.node(), node)
				&& java.util.Objects.equals(known.guestType(), guestType)) {
			return known;
		}
		if (known == null) {
			this.jdbc
				.sql("MERGE INTO metric_entity (ref, kind, node, guest_type, vmid, storage) KEY (ref) "
						+ "VALUES (?, ?, ?, ?, ?, ?)")
				.params(ref, kind.name(), node, guestType, vmid, storage)
				.update();
		}
		else {
			this.jdbc.sql("UPDATE metric_entity SET node = ?, guest_type = ? WHERE ref = ?")
				.params(node, guestType, ref)
				.update();
		}
		this.entities.remove(ref);
		return find(ref).orElseThrow();
	}

	Optional<Entity> find(String ref) {
		Entity cached = this.entities.get(ref);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<Entity> found = this.jdbc.sql("SELECT * FROM metric_entity WHERE ref = ?")
			.param(ref)
			.query(MetricStore::entity)
			.optional();
		found.ifPresent((entity) -> this.entities.put(ref, entity));
		return found;
	}

	List<Entity> entities(Kind kind) {
		return this.jdbc.sql("SELECT * FROM metric_entity WHERE kind = ? ORDER BY id")
			.param(kind.name())
			.query(MetricStore::entity)
			.list();
	}

	void write(Kind kind, Tier tier, int entity, List<Row> rows, boolean preferNew) {
		write(kind, tier, Map.of(entity, rows), preferNew);
	}

	/** One transaction for all rows of all entities given. */
	void write(Kind kind, Tier tier, Map<Integer, List<Row>> rows, boolean preferNew) {
		List<Object[]> batch = new ArrayList<>();
		int width = kind.fields().size();
		rows.forEach((entity, list) -> {
			for (Row row : list) {
				Object[] args = new Object[1 + 2 * width];
				args[0] = Key.of(entity, tier, row.t());
				for (int i = 0; i < width; i++) {
					args[1 + 2 * i] = row.avg()[i];
					args[2 + 2 * i] = (tier == Tier.MINUTE) ? null : row.max()[i];
				}
				batch.add(args);
			}
		});
		if (batch.isEmpty()) {
			return;
		}
		String sql = MergeSql.of(kind, preferNew);
		this.transaction.executeWithoutResult((status) -> {
			this.template.batchUpdate(sql, batch);
			this.writes.written();
		});
	}

	/**
	 * Moves once written rows are committed; what is derived from them may be kept until
	 * then.
	 */
	long version() {
		return this.writes.current();
	}

	/** Rows of {@code [from, to)}, oldest first. */
	List<Row> read(Kind kind, Tier tier, int entity, long from, long to) {
		int width = kind.fields().size();
		// entity first: the range is the entity's rows; time first: every entity's rows
		// of
		// the range, filtered
		String filter = Key.entityFirst(tier) ? "" : " AND " + Key.entitySql(tier) + " = " + entity;
		return this.jdbc.sql("SELECT * FROM " + kind.table() + " WHERE k >= ? AND k < ?" + filter + " ORDER BY k")
			.params(Key.from(tier, entity, from), Key.from(tier, entity, to))
			.query((rs, n) -> row(rs, width))
			.list();
	}

	/** Rows of every entity in {@code [from, to)}, by entity id, each oldest first. */
	Map<Integer, List<Row>> readAll(Kind kind, Tier tier, long from, long to) {
		int width = kind.fields().size();
		Map<Integer, List<Row>> rows = new java.util.TreeMap<>();
		String sql = "SELECT * FROM " + kind.table() + " WHERE k >= ? AND k < ? ORDER BY k";
		List<Object> params = List.of(Key.from(tier, 0, from), Key.from(tier, 0, to));
		if (Key.entityFirst(tier)) {
			// one key range per entity, found through the entity table
			sql = "SELECT t.* FROM metric_entity e JOIN " + kind.table() + " t ON t.k >= ? + e.id * " + Key.ENTITY_STEP
					+ " AND t.k < ? + e.id * " + Key.ENTITY_STEP + " WHERE e.kind = ? ORDER BY t.k";
			params = List.of(Key.from(tier, 0, from), Key.from(tier, 0, to), kind.name());
		}
		this.jdbc.sql(sql).params(params).query((rs) -> {
			rows.computeIfAbsent(Key.entity(rs.getLong(1)), (id) -> new ArrayList<>()).add(row(rs, width));
		});
		return rows;
	}

	/**
	 * Start of the newest bucket per entity in the tier since {@code from}: one scan for
	 * all entities (of the tier's rows since {@code from} on the minute tier, of the
	 * whole tier on the others).
	 */
	Map<Integer, Long> newest(Kind kind, Tier tier, long from) {
		Map<Integer, Long> newest = new java.util.HashMap<>();
		String entity = Key.entitySql(tier);
		this.jdbc
			.sql("SELECT " + entity + " AS e, MAX(k) AS k FROM " + kind.table() + " WHERE k >= ? AND k < ? AND "
					+ Key.bucketSql(tier) + " >= ? GROUP BY " + entity)
			.params(Key.entityFirst(tier) ? Key.first(tier) : Key.from(tier, 0, from), Key.end(tier), from)
			.query((rs) -> {
				newest.put(rs.getInt("e"), Key.bucket(rs.getLong("k")));
			});
		return newest;
	}

	/**
	 * Deletes the tier's rows before {@code keepFrom}: one range on the minute tier, one
	 * per entity on the others.
	 */
	int prune(Kind kind, Tier tier, long keepFrom) {
		String sql = "DELETE FROM " + kind.table() + " WHERE k >= ? AND k < ?";
		if (!Key.entityFirst(tier)) {
			return this.transaction.execute(
					(status) -> this.jdbc.sql(sql).params(Key.from(tier, 0, 0), Key.from(tier, 0, keepFrom)).update());
		}
		List<Object[]> ranges = entities(kind).stream()
			.map((entity) -> new Object[] { Key.from(tier, entity.id(), 0), Key.from(tier, entity.id(), keepFrom) })
			.toList();
		return this.transaction
			.execute((status) -> java.util.Arrays.stream(this.template.batchUpdate(sql, ranges)).sum());
	}

	private static Row row(ResultSet rs, int width) throws SQLException {
		Row row = Row.empty(Key.bucket(rs.getLong("k")), width);
		for (int i = 0; i < width; i++) {
			row.avg()[i] = real(rs, 2 + 2 * i);
			row.max()[i] = real(rs, 3 + 2 * i);
		}
		return row;
	}

	private static @Nullable Double real(ResultSet rs, int column) throws SQLException {
		float value = rs.getFloat(column);
		return rs.wasNull() ? null : (double) value;
	}

	private static Entity entity(ResultSet rs, int n) throws SQLException {
		int vmid = rs.getInt("vmid");
		return new Entity(rs.getInt("id"), Kind.valueOf(rs.getString("kind")), rs.getString("ref"),
				rs.getString("node"), rs.getString("guest_type"), rs.wasNull() ? null : vmid, rs.getString("storage"));
	}

}
