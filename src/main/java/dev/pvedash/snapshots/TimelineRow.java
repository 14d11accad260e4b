package dev.pvedash.snapshots;

/**
 * One line of the timeline: the stored snapshot, its guest's current name (the stored one
 * when the guest is gone), whether the guest still exists, and its age in whole days.
 */
record TimelineRow(StoredSnapshot snapshot, String guestName, boolean guestExists, long ageDays, String tool) {
}
