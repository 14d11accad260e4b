/**
 * Reads Proxmox VE on a schedule, gently, and stores what it read in H2: one
 * {@code /cluster/resources} per cycle, node status and the task list per online node,
 * per-guest config only for guests that are new or had activity (plus a sweep every few
 * hours). Snapshot lists and backups are read by their own modules, from the tasks stored
 * here. Pages never call PVE; they read the stored state through
 * {@link dev.pvedash.inventory.Inventory}, which also says how old every value is and why
 * the last read failed, so nothing unknown is ever shown as zero or as an empty list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inventory")
package dev.pvedash.inventory;
