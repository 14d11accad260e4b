package dev.pvedash.proxmox;

import java.util.Locale;

/**
 * The {@code timeframe} of rrddata (docs/proxmox-notes.md, Reads). Resolution differs by
 * version: PVE ≤ 8 returns about 70 points for every frame (hour: 1 min, day: 30 min …),
 * PVE 9 many more (hour: 60 × 1 min, day: 1440 × 1 min …). PVE 9's node-only
 * {@code decade} is left out because older hosts reject it.
 */
public enum RrdTimeframe {

	HOUR, DAY, WEEK, MONTH, YEAR;

	String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

}
