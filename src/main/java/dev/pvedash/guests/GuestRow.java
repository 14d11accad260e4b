package dev.pvedash.guests;

import org.jspecify.annotations.Nullable;

import dev.pvedash.inventory.GuestView;

/**
 * One row of the guests table, its words and figures formatted once in Java so that the
 * template only places them: some forty expressions per row (a badge, messages with
 * arguments, byte and time formats) cost more than the rest of the page together
 * (docs/benchmarks.md, "Pages under load").
 *
 * @param badge the CSS classes of the state badge (docs/ui.md state colours)
 * @param lock PVE's lock as shown ("locked: backup"), or null
 */
record GuestRow(GuestView guest, String badge, String state, @Nullable String lock, String cpu, String mem,
		String uptime, String type) {

}
