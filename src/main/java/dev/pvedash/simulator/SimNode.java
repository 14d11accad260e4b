package dev.pvedash.simulator;

/**
 * A cluster member's fixed facts. All nodes are the reference N95 box: 1 socket, 4 cores,
 * 4 threads, 16 GiB (less firmware-reserved memory), 8 GiB swap, a 94 GiB root fs.
 */
record SimNode(String name, int nodeid, String ip, long bootTime) {

	static final long MEM_TOTAL = 16_451_133_440L;

	static final long SWAP_TOTAL = 8L << 30;

	static final long ROOT_TOTAL = 100_861_726_720L;

	static final long ROOT_BASE_USED = 9_234_567_168L;

	static final int THREADS = 4;

	static final String CPU_MODEL = "Intel(R) N95";

	String id() {
		return "node/" + this.name;
	}

	/** PVE's {@code pstart}: clock ticks (USER_HZ 100) since this node booted. */
	long ticksAt(long epochSecond) {
		return Math.max(0, epochSecond - this.bootTime) * 100;
	}

}
