package dev.pvedash.simulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code rrddata} for nodes, guests and storages (docs/metrics.md, "Backfill from
 * rrddata"): points oldest first, {@code time} at the bucket start, values as floats,
 * AVERAGE or MAX over samples of the same load model that feeds the status calls. Buckets
 * in which a guest was off carry only {@code time}, {@code maxcpu}, {@code maxmem},
 * {@code maxdisk} and {@code disk}. PVE ≤ 8 returns 70 points per frame; 9.x uses its
 * finer layout. A storage's {@code used} grows towards today's value at a rate of its own
 * (some flat), so forecasts have something to find; an inactive storage has no values.
 */
final class RrdRoutes {

	private record Frame(long step, int points) {
	}

	// share of the total added per day, picked by storage name: flat, slow, steady, fast
	private static final double[] GROWTH = { 0, 0.0008, 0.002, 0.004 };

	private static final String[] PRESSURES = { "pressurecpusome", "pressurecpufull", "pressureiosome",
			"pressureiofull", "pressurememorysome", "pressurememoryfull" };

	private final Homelab lab;

	private final LoadModel load;

	private final NodeViews nodes;

	private final ServedVersion version;

	private final AccessControl permissions;

	private final Clock clock;

	RrdRoutes(Homelab lab, LoadModel load, NodeViews nodes, ServedVersion version, AccessControl permissions,
			Clock clock) {
		this.lab = lab;
		this.load = load;
		this.nodes = nodes;
		this.version = version;
		this.permissions = permissions;
		this.clock = clock;
	}

	void register(Router router) {
		router.get("/nodes/{node}/rrddata", call -> {
			SimNode node = this.lab.requireNode(call.var("node"));
			this.permissions.check(call.principal(), "/nodes/" + node.name(), "Sys.Audit");
			long rootUsed = this.nodes.rootUsed(node);
			return series(call, true, time -> nodePoint(node, time, rootUsed));
		});
		for (GuestKind kind : GuestKind.values()) {
			router.get("/nodes/{node}/" + kind.segment() + "/{vmid}/rrddata", call -> {
				SimNode node = this.lab.requireNode(call.var("node"));
				int vmid = call.vmid();
				this.permissions.check(call.principal(), "/vms/" + vmid, "VM.Audit");
				Guest guest = this.lab.requireGuest(node.name(), kind, vmid);
				return series(call, false, time -> guestPoint(guest, time));
			});
		}
		router.get("/nodes/{node}/storage/{storage}/rrddata", call -> {
			SimNode node = this.lab.requireNode(call.var("node"));
			NodeStorage storage = this.lab.requireStorage(node.name(), call.var("storage"));
			this.permissions.check(call.principal(), "/storage/" + storage.name(), "Datastore.Audit",
					"Datastore.AllocateSpace");
			long used = this.lab.used(storage);
			long now = this.clock.instant().getEpochSecond();
			List<Map<String, Object>> points = series(call, false, time -> storagePoint(storage, used, now, time));
			if (!storage.active() && !points.isEmpty()) {
				points.remove(points.size() - 1); // PVE drops a trailing point that has
													// only its time
			}
			return points;
		});
	}

	/**
	 * Share of the total added per day. The demo's root fs stays flat, its NAS backup
	 * target fills within weeks (a forecast warning to look at), its VM disks fill
	 * slowly; other storages by name.
	 */
	private static double growth(String name, double freeShare) {
		return switch (name) {
			case "nas-backup" -> freeShare / 20;
			case "local" -> GROWTH[0];
			case "local-lvm" -> GROWTH[3];
			default -> GROWTH[1 + Math.floorMod(name.hashCode(), GROWTH.length - 1)];
		};
	}

	private Map<String, Double> storagePoint(NodeStorage storage, long usedNow, long now, long time) {
		Map<String, Double> values = new LinkedHashMap<>();
		if (!storage.active()) {
			return values;
		}
		double growth = growth(storage.name(), (storage.total() - usedNow) / (double) storage.total())
				* storage.total();
		double noise = this.load.noise(storage.name().hashCode(), time / 3_600) * 0.002 * storage.total();
		double used = usedNow - growth * (now - time) / 86_400.0 + ((time < now) ? noise : 0);
		values.put("total", (double) storage.total());
		values.put("used", Math.max(0, Math.min(storage.total(), used)));
		return values;
	}

	/**
	 * {@code sample} gives the raw values at one instant; buckets aggregate several such
	 * samples.
	 */
	private List<Map<String, Object>> series(Call call, boolean node, Function<Long, Map<String, Double>> sample) {
		Frame frame = frame(call.required("timeframe"), node);
		String cf = Call.oneOf("cf", (call.param("cf") != null) ? call.param("cf") : "AVERAGE", "AVERAGE", "MAX");
		long now = this.clock.instant().getEpochSecond();
		long last = Math.floorDiv(now, frame.step()) * frame.step();
		int samples = (frame.step() <= 60) ? 1 : 3;
		List<Map<String, Object>> points = new ArrayList<>(frame.points());
		for (int i = frame.points() - 1; i >= 0; i--) {
			long start = last - i * frame.step();
			Map<String, Double> sum = new LinkedHashMap<>();
			int taken = 0;
			for (int s = 0; s < samples; s++) {
				long at = Math.min(now, start + frame.step() * (2L * s + 1) / (2L * samples));
				Map<String, Double> values = sample.apply(at);
				values.forEach((key, value) -> sum.merge(key, value, cf.equals("MAX") ? Math::max : Double::sum));
				taken++;
			}
			Map<String, Object> point = new LinkedHashMap<>();
			point.put("time", start);
			int count = taken;
			sum.forEach((key, value) -> point.put(key, cf.equals("MAX") ? value : value / count));
			points.add(point);
		}
		return points;
	}

	private Frame frame(String timeframe, boolean node) {
		if (!this.version.nine()) {
			String frame = Call.oneOf("timeframe", timeframe, "hour", "day", "week", "month", "year");
			long step = switch (frame) {
				case "hour" -> 60;
				case "day" -> 1_800;
				case "week" -> 10_800;
				case "month" -> 43_200;
				default -> 604_800;
			};
			return new Frame(step, 70);
		}
		String frame = node ? Call.oneOf("timeframe", timeframe, "hour", "day", "week", "month", "year", "decade")
				: Call.oneOf("timeframe", timeframe, "hour", "day", "week", "month", "year");
		return switch (frame) {
			case "hour" -> new Frame(60, 60);
			case "day" -> new Frame(60, 1_440);
			case "week" -> new Frame(1_800, 336);
			case "month" -> new Frame(1_800, 1_440);
			case "year" -> new Frame(21_600, 1_440);
			default -> new Frame(604_800, 570);
		};
	}

	private Map<String, Double> guestPoint(Guest guest, long time) {
		Map<String, Double> values = new LinkedHashMap<>();
		values.put("maxcpu", (double) guest.cpus());
		values.put("maxmem", (double) guest.maxmem());
		values.put("maxdisk", (double) guest.maxdisk());
		boolean running = guest.runningAt(time);
		boolean lxc = guest.kind() == GuestKind.LXC;
		values.put("disk", (running && lxc) ? (double) guest.profile().usedDisk() : 0.0);
		if (!running) {
			return values;
		}
		LoadModel.Usage usage = this.load.guest(guest, time);
		values.put("cpu", usage.cpu());
		values.put("mem", (double) usage.mem());
		values.put("netin", usage.netin());
		values.put("netout", usage.netout());
		values.put("diskread", usage.diskread());
		values.put("diskwrite", usage.diskwrite());
		if (this.version.nine()) {
			if (!lxc) {
				values.put("memhost", (double) (usage.mem() + LoadModel.QEMU_OVERHEAD));
			}
			pressures(values, guest.vmid(), time);
		}
		return values;
	}

	private Map<String, Double> nodePoint(SimNode node, long time, long rootUsed) {
		LoadModel.NodeLoad load = this.nodes.load(node, time);
		Map<String, Double> values = new LinkedHashMap<>();
		values.put("cpu", load.cpu());
		values.put("maxcpu", (double) SimNode.THREADS);
		values.put("iowait", load.iowait());
		values.put("loadavg", load.loadavg()[0]);
		values.put("memtotal", (double) SimNode.MEM_TOTAL);
		values.put("memused", (double) load.memUsed());
		values.put("swaptotal", (double) SimNode.SWAP_TOTAL);
		values.put("swapused", (double) load.swapUsed());
		values.put("roottotal", (double) SimNode.ROOT_TOTAL);
		values.put("rootused", (double) rootUsed);
		values.put("netin", load.netin());
		values.put("netout", load.netout());
		if (this.version.nine()) {
			values.put("memavailable", (double) (SimNode.MEM_TOTAL - load.memUsed()));
			values.put("arcsize", 0.0);
			pressures(values, 1_000_000L + node.nodeid(), time);
		}
		return values;
	}

	private void pressures(Map<String, Double> values, long key, long time) {
		for (int i = 0; i < PRESSURES.length; i++) {
			values.put(PRESSURES[i], Math.max(0, this.load.noise(key + 31 + i, time / 10) * 1.5));
		}
	}

}
