package dev.pvedash.metrics;

import java.util.List;

/**
 * Which charts a node, guest and storage get: one per question, fields as the API names
 * them.
 */
enum ChartSpec {

	NODE_CPU("cpu", "percent", List.of("cpu"), null), NODE_MEMORY("memory", "bytes", List.of("mem"), "memtotal"),
	NODE_NETWORK("network", "rate", List.of("netin", "netout"), null),
	// a node has no disk counters in its RRD; IO wait is the host's disk question
	NODE_IOWAIT("iowait", "percent", List.of("iowait"), null),

	GUEST_CPU("cpu", "percent", List.of("cpu"), null), GUEST_MEMORY("memory", "bytes", List.of("mem"), "maxmem"),
	GUEST_NETWORK("network", "rate", List.of("netin", "netout"), null),
	GUEST_DISK("disk", "rate", List.of("diskread", "diskwrite"), null),

	STORAGE_USED("storage", "bytes", List.of("used"), "total");

	static final List<ChartSpec> NODE = List.of(NODE_CPU, NODE_MEMORY, NODE_NETWORK, NODE_IOWAIT);

	static final List<ChartSpec> GUEST = List.of(GUEST_CPU, GUEST_MEMORY, GUEST_NETWORK, GUEST_DISK);

	static final List<ChartSpec> STORAGE = List.of(STORAGE_USED);

	final String key;

	final String unit;

	final List<String> fields;

	final String ref;

	ChartSpec(String key, String unit, List<String> fields, String ref) {
		this.key = key;
		this.unit = unit;
		this.fields = fields;
		this.ref = ref;
	}

}
