/**
 * Snapshot history and snapshot actions. A background sync reads a guest's snapshot list
 * from PVE only when it may have changed (new guest, a snapshot task in the task list,
 * our own action, a 6-hourly sweep) and keeps every snapshot it ever saw in H2, deleted
 * ones marked with when that was noticed. {@code /snapshots} is the timeline across
 * guests; the guest page gets the snapshot tree and the create, roll back and delete
 * actions, sent through the guests module's {@code GuestTasks}.
 * {@link dev.pvedash.snapshots.SnapshotRisks} gives other pages the warnings (late, long
 * chain, RAM with passthrough, half-finished). Snapshot schedules
 * ({@code /snapshots/schedules}, admins) take snapshots on a timetable one guest at a
 * time, prune only their own beyond the last N, catch up a run missed while the app was
 * down, and {@link dev.pvedash.snapshots.ScheduleHealth} tells the overview when one has
 * stopped (the dead-man check). Pages read H2 only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Snapshots")
package dev.pvedash.snapshots;
