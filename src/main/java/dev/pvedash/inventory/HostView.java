package dev.pvedash.inventory;

import java.time.Instant;
import java.util.List;

/**
 * One node. Figures are null when unknown (never 0 for unknown). {@code online} is false
 * when PVE reports the node offline or its status answered 595; its last values stay,
 * greyed by the page. {@code statusError} is PVE's own words for why the node's status is
 * missing ("595 No route to host", "501 Method … not implemented"), or null; pages show
 * it escaped.
 */
public record HostView(String node, boolean online, Double cpu, String cpuModel, Integer sockets, Integer cores,
		Integer threads, Long memUsed, Long memTotal, Long swapUsed, Long swapTotal, Long rootUsed, Long rootTotal,
		List<Double> loadavg, Long uptime, String pveVersion, String kernel, Instant asOf, String statusError) {

	public HostView(String node, boolean online, Double cpu, String cpuModel, Integer sockets, Integer cores,
			Integer threads, Long memUsed, Long memTotal, Long swapUsed, Long swapTotal, Long rootUsed, Long rootTotal,
			List<Double> loadavg, Long uptime, String pveVersion, String kernel, Instant asOf) {
		this(node, online, cpu, cpuModel, sockets, cores, threads, memUsed, memTotal, swapUsed, swapTotal, rootUsed,
				rootTotal, loadavg, uptime, pveVersion, kernel, asOf, null);
	}
}
