package dev.pvedash.proxmox;

import java.time.Instant;
import java.util.List;

/** What the last probe of PVE found; {@code error} is set exactly when it failed. */
record ProbeResult(Instant at, String version, int nodes, int guests, List<String> warnings, ProxmoxException error) {

	static ProbeResult up(Instant at, String version, int nodes, int guests, List<String> warnings) {
		return new ProbeResult(at, version, nodes, guests, List.copyOf(warnings), null);
	}

	static ProbeResult down(Instant at, ProxmoxException error) {
		return new ProbeResult(at, null, 0, 0, List.of(), error);
	}

	boolean isUp() {
		return this.error == null;
	}

}
