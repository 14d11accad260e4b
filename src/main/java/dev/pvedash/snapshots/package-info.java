/**
 * Snapshot history per guest at {@code /snapshots}, and the risks around it (stale snapshots, no backups, schedules that stopped). Until a Proxmox connection delivers data, the page says that no snapshot is known yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Snapshots")
package dev.pvedash.snapshots;
