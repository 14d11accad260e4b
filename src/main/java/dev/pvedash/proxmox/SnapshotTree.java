package dev.pvedash.proxmox;

import java.util.List;

/**
 * A snapshot with its children, as {@link Snapshots#tree()} builds it from {@code parent}
 * links.
 *
 * @param current the live state derives from this snapshot ("you are here" goes below it)
 */
public record SnapshotTree(Snapshot snapshot, List<SnapshotTree> children, boolean current) {
}
