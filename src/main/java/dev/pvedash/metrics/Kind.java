package dev.pvedash.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What is sampled per kind of entity: the field names of the API and the columns of its
 * H2 table ({@code <field>} the average, {@code <field>_max} the maximum).
 * {@code optional} fields are listed in a series only when a value exists (PVE 9 only).
 */
enum Kind {

	NODE("metric_node",
			List.of("cpu", "mem", "memtotal", "swap", "swaptotal", "load", "iowait", "netin", "netout", "psicpu",
					"psiio", "psimem"),
			Set.of("psicpu", "psiio", "psimem")),

	GUEST("metric_guest", List.of("cpu", "mem", "maxmem", "memhost", "netin", "netout", "diskread", "diskwrite"),
			Set.of("memhost")),

	STORAGE("metric_storage", List.of("used", "total"), Set.of());

	private final String table;

	private final List<String> fields;

	private final Set<String> optional;

	Kind(String table, List<String> fields, Set<String> optional) {
		this.table = table;
		this.fields = fields;
		this.optional = optional;
	}

	String table() {
		return this.table;
	}

	/** Averages, in column order. */
	List<String> fields() {
		return this.fields;
	}

	boolean optional(String field) {
		return this.optional.contains(field);
	}

	/** Each field followed by its max, as the API lists them. */
	static List<String> withMax(List<String> fields) {
		List<String> all = new ArrayList<>(fields.size() * 2);
		for (String field : fields) {
			all.add(field);
			all.add(field + "_max");
		}
		return List.copyOf(all);
	}

}
