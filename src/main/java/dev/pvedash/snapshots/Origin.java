package dev.pvedash.snapshots;

import java.time.Instant;

/**
 * A snapshot task of this dashboard that ended well: who asked ({@code actor}) and when
 * it ended.
 */
record Origin(int vmid, String name, String actor, Instant endedAt) {
}
