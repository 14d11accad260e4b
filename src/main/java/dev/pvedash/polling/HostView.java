package dev.pvedash.polling;

import java.time.Instant;
import java.util.List;

/**
 * One node. Figures are null when unknown (never 0 for unknown). {@code online} is false when PVE reports
 * the node offline or its status answered 595; its last values stay, greyed by the page.
 */
public record HostView(String node, boolean online, Double cpu, String cpuModel, Integer sockets, Integer cores,
		Integer threads, Long memUsed, Long memTotal, Long swapUsed, Long swapTotal, Long rootUsed, Long rootTotal,
		List<Double> loadavg, Long uptime, String pveVersion, String kernel, Instant asOf) {
}
