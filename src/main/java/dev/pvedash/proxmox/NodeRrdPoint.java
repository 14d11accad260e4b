package dev.pvedash.proxmox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One point of {@code GET /nodes/{node}/rrddata} (docs/proxmox-notes.md, Reads). PVE
 * omits a value it does not have, so each one may be null — a gap, never 0. Memory and
 * disk in bytes; {@code netin}/{@code netout} are bytes per second.
 *
 * @param time start of the bucket
 * @param cpu busy fraction; {@code iowait} likewise
 * @param memavailable PVE 9+; {@code arcsize} (ZFS ARC bytes) likewise
 * @param pressurecpusome PVE 9+ pressure stall ("some", percent); {@code pressureiosome},
 * {@code pressurememorysome} likewise
 */
public record NodeRrdPoint(Instant time, @Nullable Double cpu, @Nullable Double maxcpu, @Nullable Double iowait,
		@Nullable Double loadavg, @Nullable Double memtotal, @Nullable Double memused, @Nullable Double memavailable,
		@Nullable Double arcsize, @Nullable Double swaptotal, @Nullable Double swapused, @Nullable Double roottotal,
		@Nullable Double rootused, @Nullable Double netin, @Nullable Double netout, @Nullable Double pressurecpusome,
		@Nullable Double pressureiosome, @Nullable Double pressurememorysome) {

	static NodeRrdPoint from(JsonNode json) {
		return new NodeRrdPoint(time(json), PveValues.decimal(json, "cpu"), PveValues.decimal(json, "maxcpu"),
				PveValues.decimal(json, "iowait"), PveValues.decimal(json, "loadavg"),
				PveValues.decimal(json, "memtotal"), PveValues.decimal(json, "memused"),
				PveValues.decimal(json, "memavailable"), PveValues.decimal(json, "arcsize"),
				PveValues.decimal(json, "swaptotal"), PveValues.decimal(json, "swapused"),
				PveValues.decimal(json, "roottotal"), PveValues.decimal(json, "rootused"),
				PveValues.decimal(json, "netin"), PveValues.decimal(json, "netout"),
				PveValues.decimal(json, "pressurecpusome"), PveValues.decimal(json, "pressureiosome"),
				PveValues.decimal(json, "pressurememorysome"));
	}

	static Instant time(JsonNode json) {
		Long seconds = PveValues.whole(json, "time");
		if (seconds == null) {
			throw PveValues.protocol("rrd point without 'time'");
		}
		return Instant.ofEpochSecond(seconds);
	}

}
