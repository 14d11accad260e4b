package dev.pvedash.simulator;

import java.util.Collection;

/**
 * CPU, memory and I/O as pure functions of (seed, guest, time): a daily swell, a slower
 * memory drift and noise that changes every 10 s (pvestatd's cadence). Same seed and
 * clock, same numbers, so tests are stable; RRD history and live status come from the
 * same functions, so charts end where the status is.
 */
final class LoadModel {

	/**
	 * What a host uses besides its guests: kernel, pveproxy, pvestatd, page cache it will
	 * not give back.
	 */
	static final long HOST_BASE_MEM = 1_717_986_918L;

	/** QEMU's own overhead per running VM. */
	static final long QEMU_OVERHEAD = 83_886_080L;

	private final long seed;

	LoadModel(long seed) {
		this.seed = seed;
	}

	/** Usage of a guest at {@code time}; all zero if it was not running then. */
	Usage guest(Guest guest, long time) {
		if (!guest.runningAt(time)) {
			return Usage.STOPPED;
		}
		Profile p = guest.profile();
		long key = guest.vmid();
		double phase = unit(key, -1) * Math.PI;
		double day = 1 + 0.35 * Math.sin(2 * Math.PI * time / 86_400.0 + phase);
		double cpu = clamp(p.cpuBase() * day * (1 + 0.5 * noise(key, time / 10)), 0.0005, 1);
		double memDrift = 1 + 0.04 * Math.sin(2 * Math.PI * time / 7_200.0 + phase) + 0.02 * noise(key + 7, time / 10);
		long mem = (long) Math.min(guest.maxmem() * 0.98, guest.maxmem() * p.memFraction() * memDrift);
		double net = p.netRate() * day * (1 + 0.3 * noise(key + 13, time / 10));
		double io = p.diskRate() * (1 + 0.6 * noise(key + 17, time / 10));
		return new Usage(cpu, mem, net, net * 0.6, io * 0.7, io * 0.3);
	}

	/**
	 * Live usage for status calls: like {@link #guest} but a paused or just-started guest
	 * reports no CPU (PVE's first sample after a start is 0).
	 */
	Usage live(Guest guest, long now) {
		Usage usage = guest(guest, now);
		boolean idle = !"running".equals(guest.qmpstatus()) || guest.uptime(now) < 10;
		return idle ? usage.withoutCpu() : usage;
	}

	/** Byte counters since the guest started: rate times uptime. */
	long counter(double rate, Guest guest, long now) {
		return (long) (rate * guest.uptime(now));
	}

	NodeLoad node(SimNode node, Collection<Guest> guests, long time) {
		double busyThreads = 0;
		long mem = HOST_BASE_MEM;
		double netin = 2_000;
		double io = 0;
		for (Guest guest : guests) {
			Usage usage = guest(guest, time);
			if (usage == Usage.STOPPED) {
				continue;
			}
			busyThreads += usage.cpu() * guest.cpus();
			mem += usage.mem() + ((guest.kind() == GuestKind.QEMU) ? QEMU_OVERHEAD : 0);
			netin += usage.netin();
			io += usage.diskread() + usage.diskwrite();
		}
		long key = node.nodeid() + 1_000_000L;
		double cpu = clamp(busyThreads / SimNode.THREADS + 0.012 + 0.006 * noise(key, time / 10), 0.001, 1);
		long ceiling = SimNode.MEM_TOTAL - 268_435_456L;
		long swap = 41_943_040L + Math.max(0, mem - ceiling);
		double iowait = clamp(0.0015 + io / 4e9 + 0.001 * noise(key + 1, time / 10), 0, 1);
		double[] load = new double[3];
		for (int i = 0; i < 3; i++) {
			load[i] = Math.max(0, cpu * SimNode.THREADS * (1 + 0.15 * noise(key + 2 + i, time / (60L << (2 * i)))));
		}
		return new NodeLoad(cpu, iowait, Math.min(mem, ceiling), swap, load, netin, netin * 0.7);
	}

	/** A repeatable value in [-1, 1] for (key, bucket). */
	double noise(long key, long bucket) {
		return unit(key, bucket) * 2 - 1;
	}

	private double unit(long key, long bucket) {
		long z = this.seed ^ (key * 0x9E3779B97F4A7C15L) ^ (bucket * 0xC2B2AE3D27D4EB4FL);
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		z = z ^ (z >>> 31);
		return (z >>> 11) * 0x1.0p-53;
	}

	private static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}

	/** Rates in bytes per second; {@code cpu} a fraction of the guest's vCPUs. */
	record Usage(double cpu, long mem, double netin, double netout, double diskread, double diskwrite) {

		static final Usage STOPPED = new Usage(0, 0, 0, 0, 0, 0);

		Usage withoutCpu() {
			return new Usage(0, this.mem, this.netin, this.netout, this.diskread, this.diskwrite);
		}

	}

	record NodeLoad(double cpu, double iowait, long memUsed, long swapUsed, double[] loadavg, double netin,
			double netout) {
	}

}
