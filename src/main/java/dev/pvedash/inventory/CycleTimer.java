package dev.pvedash.inventory;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The poller's schedule, and what each cycle costs (docs/polling.md, "Cost of a cycle"):
 * {@code pvedash.poll.cycle.cpu} is the CPU time of the poller's thread, so the simulator
 * of demo mode and the pages served meanwhile do not count, and
 * {@code pvedash.poll.cycle} the wall time, which includes waiting for PVE. Both are
 * tagged with the cycle's outcome. The answers' JSON is parsed on this thread (the PVE
 * client hands the bytes back before parsing), and the {@link CyclePolled} listeners (the
 * metrics history's samples) run here after the commit: work every cycle causes and whose
 * amount grows with the guest count, so it belongs to the cycle's cost.
 */
@Component
class CycleTimer {

	static final String CPU = "pvedash.poll.cycle.cpu";

	static final String WALL = "pvedash.poll.cycle";

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private final Poller poller;

	private final MeterRegistry registry;

	CycleTimer(Poller poller, MeterRegistry registry) {
		this.poller = poller;
		this.registry = registry;
	}

	@Scheduled(fixedDelay = 1000, initialDelay = 1000)
	void tick() {
		if (this.poller.due()) {
			record(this.poller::cycle);
		}
	}

	void record(Supplier<CycleOutcome> cycle) {
		boolean cpuTime = this.threads.isCurrentThreadCpuTimeSupported();
		long cpuStart = cpuTime ? this.threads.getCurrentThreadCpuTime() : 0;
		long wallStart = System.nanoTime();
		CycleOutcome outcome = cycle.get();
		long wall = System.nanoTime() - wallStart;
		String tag = outcome.name().toLowerCase(Locale.ROOT);
		if (cpuTime) {
			long cpu = this.threads.getCurrentThreadCpuTime() - cpuStart;
			timer(CPU, "CPU time of one poll cycle on the poller's thread", tag).record(cpu, TimeUnit.NANOSECONDS);
		}
		timer(WALL, "Wall time of one poll cycle, waiting for PVE included", tag).record(wall, TimeUnit.NANOSECONDS);
	}

	private Timer timer(String name, String description, String outcome) {
		return Timer.builder(name).description(description).tag("outcome", outcome).register(this.registry);
	}

}
