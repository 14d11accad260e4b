package dev.pvedash.inventory;

import java.time.Instant;
import java.util.List;

/**
 * One VM ({@code type} "qemu") or container ("lxc"). {@code status} uses PVE's words: running, stopped,
 * paused, suspended, prelaunch, unknown; templates have {@code template} true.
 */
public record GuestView(int vmid, String type, String node, String name, String status, Double cpu, Integer cpus,
		Long mem, Long maxmem, Long uptime, List<String> tags, String lock, boolean template, Instant asOf) {
}
