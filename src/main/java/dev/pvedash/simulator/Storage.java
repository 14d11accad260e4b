package dev.pvedash.simulator;

/**
 * A storage as one node sees it. {@code baseUsed} is what lies there besides the volumes the simulator
 * lists (the OS on the root fs under {@code local}).
 */
record Storage(String node, String name, String type, String content, long total, long baseUsed) {

	boolean holds(String contentType) {
		return ("," + this.content + ",").contains("," + contentType + ",");
	}

}
