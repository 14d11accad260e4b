package dev.pvedash.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * The upsert of one history row. Column by column, {@code preferNew} keeps the new value
 * unless it is null (live samples, roll-ups); otherwise the stored value wins and the new
 * one only fills a gap (backfill).
 */
final class MergeSql {

	private MergeSql() {
	}

	static String of(Kind kind, boolean preferNew) {
		List<String> columns = new ArrayList<>();
		for (String field : kind.fields()) {
			columns.add(field);
			columns.add(field + "_max");
		}
		StringBuilder sql = new StringBuilder("MERGE INTO ").append(kind.table())
			.append(" t USING (VALUES (CAST(? AS BIGINT)");
		columns.forEach((column) -> sql.append(", CAST(? AS REAL)"));
		sql.append(")) s(k, ")
			.append(String.join(", ", columns))
			.append(") ON t.k = s.k WHEN MATCHED THEN UPDATE SET ");
		List<String> sets = new ArrayList<>();
		for (String column : columns) {
			sets.add(column + " = " + (preferNew ? "COALESCE(s." + column + ", t." + column + ")"
					: "COALESCE(t." + column + ", s." + column + ")"));
		}
		sql.append(String.join(", ", sets))
			.append(" WHEN NOT MATCHED THEN INSERT (k, ")
			.append(String.join(", ", columns))
			.append(") VALUES (s.k, ");
		sql.append(String.join(", ", columns.stream().map((column) -> "s." + column).toList())).append(")");
		return sql.toString();
	}

}
