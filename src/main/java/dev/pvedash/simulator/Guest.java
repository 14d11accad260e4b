package dev.pvedash.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A VM or container: its config file (a flat key/value map, {@code lock} and
 * {@code parent} included, as PVE stores them), its snapshot sections and its run state.
 * Run intervals are kept so RRD history shows when it was off. Mutated only under the
 * {@link Homelab} lock.
 */
final class Guest {

	private final int vmid;

	private final GuestKind kind;

	private final String node;

	private final Profile profile;

	private final long maxdisk;

	private final Map<String, Object> config;

	private final Map<String, SnapshotSection> snapshots = new LinkedHashMap<>();

	private final List<long[]> runs = new ArrayList<>();

	private String qmpstatus = "stopped";

	private long runningSince;

	private int pid;

	/** LXC: {@code lxc-checkpoint -s} left a dump that {@code resume} can restore. */
	private boolean checkpointed;

	Guest(int vmid, GuestKind kind, String node, Profile profile, long maxdisk, Map<String, Object> config) {
		this.vmid = vmid;
		this.kind = kind;
		this.node = node;
		this.profile = profile;
		this.maxdisk = maxdisk;
		this.config = new LinkedHashMap<>(config);
	}

	int vmid() {
		return this.vmid;
	}

	GuestKind kind() {
		return this.kind;
	}

	String node() {
		return this.node;
	}

	Profile profile() {
		return this.profile;
	}

	Map<String, Object> config() {
		return this.config;
	}

	Map<String, SnapshotSection> snapshots() {
		return this.snapshots;
	}

	String name() {
		Object name = this.config.get(this.kind == GuestKind.QEMU ? "name" : "hostname");
		return (name != null) ? name.toString() : (this.kind == GuestKind.QEMU ? "VM " + this.vmid : "CT" + this.vmid);
	}

	/** vCPUs: sockets × cores for QEMU, cores for LXC. */
	int cpus() {
		int cores = ((Number) this.config.getOrDefault("cores", 1)).intValue();
		return cores * ((Number) this.config.getOrDefault("sockets", 1)).intValue();
	}

	long maxmem() {
		return ((Number) this.config.get("memory")).longValue() << 20;
	}

	long maxswap() {
		return ((Number) this.config.getOrDefault("swap", 0)).longValue() << 20;
	}

	long maxdisk() {
		return this.maxdisk;
	}

	boolean template() {
		return Integer.valueOf(1).equals(this.config.get("template"));
	}

	@Nullable String lock() {
		return (String) this.config.get("lock");
	}

	void lock(@Nullable String lock) {
		if (lock == null) {
			this.config.remove("lock");
		}
		else {
			this.config.put("lock", lock);
		}
	}

	@Nullable String tags() {
		return (String) this.config.get("tags");
	}

	@Nullable String parent() {
		return (String) this.config.get("parent");
	}

	void parent(@Nullable String parent) {
		if (parent == null) {
			this.config.remove("parent");
		}
		else {
			this.config.put("parent", parent);
		}
	}

	boolean running() {
		return !"stopped".equals(this.qmpstatus);
	}

	/**
	 * QEMU run state: running, paused, prelaunch or stopped (docs/proxmox-notes.md, Guest
	 * states).
	 */
	String qmpstatus() {
		return this.qmpstatus;
	}

	void qmpstatus(String qmpstatus) {
		this.qmpstatus = qmpstatus;
	}

	int pid() {
		return this.pid;
	}

	long uptime(long now) {
		return running() ? Math.max(0, now - this.runningSince) : 0;
	}

	boolean checkpointed() {
		return this.checkpointed;
	}

	void checkpointed(boolean checkpointed) {
		this.checkpointed = checkpointed;
	}

	/**
	 * {@code history} true: it has been running since before anything the RRD can show.
	 */
	void start(long now, int pid, String qmpstatus, boolean history) {
		this.qmpstatus = qmpstatus;
		this.runningSince = now;
		this.pid = pid;
		this.runs.add(new long[] { history ? Long.MIN_VALUE : now, Long.MAX_VALUE });
	}

	void stop(long now) {
		if (!running()) {
			return;
		}
		this.qmpstatus = "stopped";
		this.pid = 0;
		if (!this.runs.isEmpty()) {
			this.runs.get(this.runs.size() - 1)[1] = now;
		}
	}

	boolean runningAt(long time) {
		for (long[] run : this.runs) {
			if (time >= run[0] && time < run[1]) {
				return true;
			}
		}
		return false;
	}

	/** SHA-1 of the config text, like PVE's {@code digest}. */
	String digest() {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-1")
				.digest((this.config.toString() + this.snapshots.keySet()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
