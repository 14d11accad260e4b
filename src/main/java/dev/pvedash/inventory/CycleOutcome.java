package dev.pvedash.inventory;

/**
 * How a poll cycle ended, the tag of its timers: stored, PVE failed (the failure is
 * recorded and shown), or anything else (e.g. the database refused the write).
 */
enum CycleOutcome {

	OK, PVE_FAILED, FAILED

}
