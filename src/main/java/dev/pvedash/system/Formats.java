package dev.pvedash.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * PVE's units for the templates ({@code ${@fmt.bytes(x)}}): binary units with one
 * decimal, percentages with a space, uptime as "12 d 4 h", recency as "3 min ago". Null
 * in, "—" out: unknown is never zero.
 */
@Component("fmt")
public class Formats {

	static final String UNKNOWN = "—";

	private static final String[] UNITS = { "B", "KiB", "MiB", "GiB", "TiB", "PiB" };

	private final Clock clock;

	Formats(Clock clock) {
		this.clock = clock;
	}

	public String bytes(Long bytes) {
		return (bytes == null) ? UNKNOWN : binary(bytes);
	}

	/** Bytes as PVE's binary units: "32.0 GiB". */
	public static String binary(long bytes) {
		double value = bytes;
		int unit = 0;
		while (value >= 1024 && unit < UNITS.length - 1) {
			value /= 1024;
			unit++;
		}
		return (unit == 0) ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
	}

	/** Bytes per second as PVE's binary units: "1.2 MiB/s" (network, disk IO). */
	public String rate(Double bytesPerSecond) {
		return (bytesPerSecond == null) ? UNKNOWN : binary(Math.round(bytesPerSecond)) + "/s";
	}

	/** A 0..1 fraction as "23 %". */
	public String percent(Double fraction) {
		return (fraction == null) ? UNKNOWN : String.format(Locale.ROOT, "%.0f %%", fraction * 100);
	}

	/** used/total as a 0..100 number for a usage bar, or null when either is unknown. */
	public Integer share(Long used, Long total) {
		return (used == null || total == null || total <= 0) ? null
				: (int) Math.min(100, Math.round(used * 100.0 / total));
	}

	/** PVE's load average as "0.76, 1.00, 0.99"; unknown when PVE sent none. */
	public String load(java.util.List<Double> loadavg) {
		return (loadavg == null || loadavg.isEmpty()) ? UNKNOWN
				: String.join(", ", loadavg.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
	}

	/** A 0..1 fraction (CPU) as a 0..100 number for a usage bar, or null when unknown. */
	public Integer fractionShare(Double fraction) {
		return (fraction == null) ? null : (int) Math.min(100, Math.round(fraction * 100));
	}

	/** The bar's level: ok below 80 %, warn from 80 %, crit from 90 % (docs/ui.md). */
	public String level(Integer share) {
		return (share == null) ? "unknown" : (share >= 90) ? "crit" : (share >= 80) ? "warn" : "ok";
	}

	public String uptime(Long seconds) {
		if (seconds == null || seconds <= 0) {
			return UNKNOWN;
		}
		Duration d = Duration.ofSeconds(seconds);
		if (d.toDays() > 0) {
			return d.toDays() + " d " + d.toHoursPart() + " h";
		}
		return (d.toHours() > 0) ? d.toHours() + " h " + d.toMinutesPart() + " min" : d.toMinutes() + " min";
	}

	public String ago(Instant at) {
		if (at == null) {
			return UNKNOWN;
		}
		long seconds = Math.max(0, Duration.between(at, this.clock.instant()).toSeconds());
		if (seconds < 60) {
			return seconds + " s ago";
		}
		if (seconds < 3600) {
			return seconds / 60 + " min ago";
		}
		return (seconds < 86400) ? seconds / 3600 + " h ago" : seconds / 86400 + " d ago";
	}

}
